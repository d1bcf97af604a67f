# wait() and as_completed(): return conditions, completion order, timeouts.
import threading
from concurrent.futures import (ThreadPoolExecutor, Future, wait, as_completed,
                                FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)

def finished(value):
    f = Future()
    f.set_result(value)
    return f

gates = [threading.Event() for _ in range(4)]
def job(k):
    gates[k].wait()
    if k == 2:
        raise ValueError("job 2 failed")
    return k * 10

ex = ThreadPoolExecutor(max_workers=4)
fs = [ex.submit(job, k) for k in range(4)]
ids = {f: k for k, f in enumerate(fs)}
def names(s):
    return sorted(ids.get(f, "other") for f in s)

done, not_done = wait(fs, timeout=0.01)
print("timeout:", names(done), names(not_done))
gates[1].set()
r = wait(fs, return_when=FIRST_COMPLETED)
print("first completed:", names(r.done), names(r.not_done), type(r).__name__)
gates[0].set()
gates[2].set()
r = wait(fs, return_when=FIRST_EXCEPTION)
print("first exception:", 2 in names(r.done), 3 in names(r.not_done))
gates[3].set()
r = wait(fs, return_when=ALL_COMPLETED)
print("all:", names(r.done), names(r.not_done))
print([f.result() if not f.exception() else "error" for f in fs])

# Already-finished futures return at once; duplicates count once.
a, b = finished(1), finished(2)
print(len(wait([a, a, b]).done), len(wait([a], return_when=FIRST_EXCEPTION).done))
try:
    wait([Future()], timeout=0, return_when="BOGUS")
except ValueError as e:
    print("ValueError:", e)

# as_completed yields futures in the order they complete.
order_gates = [threading.Event() for _ in range(3)]
def step(k):
    order_gates[k].wait()
    return k
fs = [ex.submit(step, k) for k in range(3)]
it = as_completed(fs + [fs[0]])
order_gates[2].set()
first = next(it)
order_gates[0].set()
second = next(it)
order_gates[1].set()
print([first.result(), second.result()] + [f.result() for f in it])

# Finished futures come out first; a timeout reports what is missing.
blocker = threading.Event()
slow = [ex.submit(blocker.wait) for _ in range(2)]
got = []
try:
    for f in as_completed([finished("ready")] + slow, timeout=0.02):
        got.append(f.result())
except TimeoutError as e:
    print("TimeoutError:", e, got)
blocker.set()
print(sorted(f.result() for f in as_completed(slow)))
ex.shutdown()
print(list(as_completed([])), wait([]))
