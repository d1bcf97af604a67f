# Executor shutdown: cancel_futures, wait=False, callbacks, and work still
# queued when the program ends (the interpreter finishes it before exiting).
import threading
from concurrent.futures import ThreadPoolExecutor, CancelledError

gate = threading.Event()
ex = ThreadPoolExecutor(max_workers=1)
running = ex.submit(gate.wait)
queued = [ex.submit(lambda k=k: k) for k in range(3)]
while not running.running():
    pass
events = []
queued[0].add_done_callback(lambda f: events.append(("cb", f.cancelled())))
t = threading.Thread(target=lambda: ex.shutdown(wait=True, cancel_futures=True))
t.start()
while not queued[-1].cancelled():
    pass
print([f.cancelled() for f in queued], running.running(), events)
gate.set()
t.join()
print(running.result(), running.done())
try:
    queued[1].result()
except CancelledError:
    print("cancelled future raises CancelledError")

# shutdown(wait=False) returns at once; queued work still runs.
gate2 = threading.Event()
ex2 = ThreadPoolExecutor(max_workers=2)
f1 = ex2.submit(gate2.wait)
f2 = ex2.submit(lambda: "second")
ex2.shutdown(wait=False)
print("returned from shutdown(wait=False):", f1.done())
gate2.set()
print(f1.result(), f2.result())
ex2.shutdown()   # a second shutdown is harmless

# A callback that raises is reported on stderr and does not stop the others.
ex3 = ThreadPoolExecutor(max_workers=1)
fut = ex3.submit(lambda: 5)
fut.result()
fut.add_done_callback(lambda f: 1 / 0)
fut.add_done_callback(lambda f: print("next callback still runs", f.result()))
ex3.shutdown()

# No shutdown at all: the work queued at exit is done before the program ends.
later = threading.Event()
ex4 = ThreadPoolExecutor(max_workers=1, thread_name_prefix="late")
def at_exit_work(n):
    later.wait()
    print("finished at exit", n, threading.current_thread().name)
for n in range(2):
    ex4.submit(at_exit_work, n)
threading._register_atexit(later.set)
print("main done")
