# Stress: many threads updating shared state under locks give exact totals.
import threading

N_THREADS = 8
N_ITER = 10000

total = 0
lock = threading.Lock()
def increment():
    global total
    for _ in range(N_ITER):
        with lock:
            total += 1

threads = [threading.Thread(target=increment) for _ in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("lock total:", total, total == N_THREADS * N_ITER)

# The same with an RLock taken twice per step, and a dict of counters.
counts = {}
rlock = threading.RLock()
def tally(k):
    for i in range(2000):
        with rlock:
            with rlock:
                counts[i % 10] = counts.get(i % 10, 0) + 1
    return k
threads = [threading.Thread(target=tally, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("rlock counts:", sorted(counts.items()))

# A list appended to from many threads without a lock keeps every item.
shared = []
def fill(k):
    for i in range(1000):
        shared.append((k, i))
threads = [threading.Thread(target=fill, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("list:", len(shared), len(set(shared)), sorted(shared)[0], sorted(shared)[-1])

# Condition-based hand-off between 4 producers and 4 consumers.
cond = threading.Condition()
buf = []
got = []
def produce(k):
    for i in range(500):
        with cond:
            buf.append(k * 1000 + i)
            cond.notify()
def consume():
    mine = 0
    for _ in range(500):
        with cond:
            cond.wait_for(lambda: buf)
            mine += buf.pop()
    with cond:
        got.append(mine)
threads = [threading.Thread(target=produce, args=(k,)) for k in range(4)]
threads += [threading.Thread(target=consume) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("handoff:", sum(got), sum(k * 1000 * 500 + 499 * 500 // 2 for k in range(4)), buf)
print("threads left:", threading.active_count())
