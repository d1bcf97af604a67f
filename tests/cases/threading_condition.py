# Condition: producer/consumer, wait timeout, wait_for, notify(n), notify_all.
import threading

cond = threading.Condition()
items = []
consumed = []

def consumer(n):
    for _ in range(n):
        with cond:
            cond.wait_for(lambda: items)
            consumed.append(items.pop(0))

cs = [threading.Thread(target=consumer, args=(5,)) for _ in range(3)]
for c in cs:
    c.start()
for i in range(15):
    with cond:
        items.append(i)
        cond.notify()
for c in cs:
    c.join()
print(sorted(consumed), items)

# wait() with a timeout returns False when nobody notifies.
with cond:
    print("wait timeout:", cond.wait(0.01))
    print("wait_for timeout:", cond.wait_for(lambda: False, timeout=0.01))
    print("wait_for result:", cond.wait_for(lambda: 42, timeout=0))

# notify(n) wakes exactly n waiters; notify_all wakes the rest.
waiting = threading.Semaphore(0)
woken = []
def sleeper(k):
    with cond:
        waiting.release()
        r = cond.wait()
        woken.append((k, r))
ss = [threading.Thread(target=sleeper, args=(k,)) for k in range(5)]
for s in ss:
    s.start()
for _ in ss:
    waiting.acquire()
with cond:
    print("waiters:", len(cond._waiters))
    cond.notify(2)
    print("left after notify(2):", len(cond._waiters))
    cond.notify_all()
    print("left after notify_all:", len(cond._waiters))
for s in ss:
    s.join()
print(len(woken), all(r for k, r in woken), sorted(k for k, r in woken))

# Errors when the lock is not held.
for name, call in [("wait", lambda: cond.wait(0)), ("notify", cond.notify),
                   ("notify_all", cond.notify_all)]:
    try:
        call()
    except RuntimeError as e:
        print(name, "->", e)

# The condition's lock is reentrant by default and used by acquire/release.
print(cond.acquire(), cond.acquire(), cond._is_owned())
cond.release()
cond.release()
print(cond._is_owned(), repr(threading.Condition(threading.Lock())).startswith("<Condition(<unlocked"))
