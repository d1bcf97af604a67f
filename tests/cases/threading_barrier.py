# Barrier: indices, action, n_waiting, reuse, abort, reset, timeout.
import threading

actions = []
b = threading.Barrier(4, action=lambda: actions.append("tripped"))
print(b.parties, b.n_waiting, b.broken)
indices = []
lock = threading.Lock()
def party():
    for _ in range(3):          # the barrier is reusable
        i = b.wait()
        with lock:
            indices.append(i)
ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
for _ in range(3):
    indices.append(b.wait())
for t in ts:
    t.join()
print(sorted(indices), actions, b.n_waiting, b.broken)

# abort() breaks the barrier for the waiters and for later callers.
b2 = threading.Barrier(3)
errors = []
def blocked():
    try:
        b2.wait()
    except threading.BrokenBarrierError as e:
        errors.append(type(e).__name__)
ws = [threading.Thread(target=blocked) for _ in range(2)]
for w in ws:
    w.start()
while b2.n_waiting < 2:
    pass
print("waiting:", b2.n_waiting)
b2.abort()
for w in ws:
    w.join()
print(errors, b2.broken, b2.n_waiting)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("still broken")
b2.reset()
print("after reset:", b2.broken)

# A timeout breaks the barrier.
b3 = threading.Barrier(2, timeout=0.01)
try:
    b3.wait()
except threading.BrokenBarrierError:
    print("timed out, broken:", b3.broken)
b3.reset()
try:
    b3.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print("explicit timeout too")

# An action that raises: the thread running it gets the error, others break.
def bad_action():
    raise ValueError("action failed")
b4 = threading.Barrier(2, action=bad_action)
got = []
def second():
    try:
        b4.wait()
    except Exception as e:
        got.append(type(e).__name__)
t = threading.Thread(target=second)
t.start()
while b4.n_waiting < 1:
    pass
try:
    b4.wait()
except Exception as e:
    got.append(type(e).__name__)
t.join()
print(sorted(got), b4.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
