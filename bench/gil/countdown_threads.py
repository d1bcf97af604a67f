"""The seeds' threading program: countdown(COUNT) in one thread, then split
over two threads. Prints the two times and their ratio as JSON (this is a
timing program for bench/gil/run.py, not a test)."""
import json
import sys
import time
from threading import Thread

COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000_000


def countdown(n):
    while n > 0:
        n -= 1


start = time.perf_counter()
countdown(COUNT)
one = time.perf_counter() - start

t1 = Thread(target=countdown, args=(COUNT // 2,))
t2 = Thread(target=countdown, args=(COUNT // 2,))
start = time.perf_counter()
t1.start()
t2.start()
t1.join()
t2.join()
two = time.perf_counter() - start
out = {"one_thread": one, "two_threads": two, "two_over_one": two / one}
try:
    import _baton
    st = _baton.gil_stats()
    out["max_hold_while_waited"] = st["max_hold_while_waited"]
    out["holds_while_waited"] = st["holds_while_waited"]
    out["holds_over_2_intervals"] = st["long_holds_while_waited"]
    out["switch_interval"] = st["switch_interval"]
except ImportError:
    pass
print(json.dumps(out))
