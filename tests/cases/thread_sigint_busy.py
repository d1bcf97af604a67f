# SIGINT sent to a process whose threads are busy stops its main thread with
# KeyboardInterrupt, even while it waits in join() (checked in a forked child).
import os
import signal
import sys
import threading
import time

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    stop = False

    def spin():
        n = 0
        while not stop:
            n += 1

    threads = [threading.Thread(target=spin, daemon=True) for _ in range(2)]
    for t in threads:
        t.start()
    os.write(w, b"ready")
    try:
        threads[0].join()
        code = 1
    except KeyboardInterrupt:
        code = 3
    stop = True
    os._exit(code)
os.close(w)
os.read(r, 5)
time.sleep(0.2)
os.kill(pid, signal.SIGINT)
_, status = os.waitpid(pid, 0)
print("child exit code:", os.waitstatus_to_exitcode(status))
