"""A quick countdown demo: the seeds' loop, small enough to finish in about a
second, run once on one thread and once split over two threads.

Under a GIL the two-thread run takes about as long as the single one (only one
thread runs bytecode at a time); in free-threaded mode (`baton -X gil=0`) it
can take about half as long on two cores.

    baton examples/countdown.py [COUNT]
"""
import sys
import time

try:
    from threading import Thread
except ImportError:  # Baton's threads are not there yet
    Thread = None

COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000


def countdown(n):
    while n > 0:
        n -= 1


start = time.perf_counter()
countdown(COUNT)
single = time.perf_counter() - start
print(f"one thread:  {single:.3f} s for {COUNT:,} iterations ({COUNT / single / 1e6:.1f} M/s)")

if Thread is None:
    print("two threads: skipped (this interpreter has no threading module yet)")
    raise SystemExit(0)
threads = [Thread(target=countdown, args=(COUNT // 2,)) for _ in range(2)]
start = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
double = time.perf_counter() - start
print(f"two threads: {double:.3f} s (ratio {double / single:.2f} of one thread)")
