"""One idle extra thread (blocked on a lock) must not slow the running one."""
import json
import sys
import threading
import time

COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000


def countdown(n):
    while n > 0:
        n -= 1


start = time.perf_counter()
countdown(COUNT)
alone = time.perf_counter() - start
ev = threading.Event()
t = threading.Thread(target=ev.wait)
t.start()
start = time.perf_counter()
countdown(COUNT)
with_idle = time.perf_counter() - start
ev.set()
t.join()
print(json.dumps({"alone": alone, "with_idle_thread": with_idle, "ratio": with_idle / alone}))
