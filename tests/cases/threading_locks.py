# Lock and RLock through threading: blocking, timeouts, ownership, errors.
import threading

lock = threading.Lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
for args in [(False, 1), (True, -2)]:
    try:
        lock.acquire(*args)
    except ValueError as e:
        print("ValueError:", e)

# A plain lock may be released by another thread.
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("released by other thread:", not lock.locked())

# A blocked acquire wakes up when another thread releases.
order = []
lock.acquire()
def taker():
    with lock:
        order.append("taker got it")
t = threading.Thread(target=taker)
t.start()
order.append("main releases")
lock.release()
t.join()
print(order)

# RLock: reentrant, owned by one thread.
r = threading.RLock()
with r:
    with r:
        print("nested ok", r._is_owned())
print(r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
r.acquire()
res = []
def other():
    res.append(r.acquire(False))
    try:
        r.release()
    except RuntimeError as e:
        res.append(str(e))
t = threading.Thread(target=other)
t.start()
t.join()
r.release()
print(res)
t = threading.Thread(target=other)
t.start()
t.join()
print(res[2:])

# Condition over an explicit Lock or RLock.
for make in (threading.Lock, threading.RLock):
    c = threading.Condition(make())
    with c:
        print(make.__name__, c.wait(0.001), c._is_owned())
    print(c._is_owned())
