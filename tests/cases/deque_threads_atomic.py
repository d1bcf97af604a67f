# deque operations are atomic under the GIL, as CPython's: threads popping
# from and appending to one deque (and SimpleQueue, built on it) lose
# nothing and duplicate nothing, even with a tiny switch interval.
import sys, threading
from collections import deque
from queue import SimpleQueue

sys.setswitchinterval(1e-6)
N = 40000
src = deque(range(N))
got = [[] for _ in range(4)]

def drain(out):
    while True:
        try:
            out.append(src.popleft())
        except IndexError:
            return

ts = [threading.Thread(target=drain, args=(got[i],)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
allv = sorted(v for g in got for v in g)
print(len(allv), allv == list(range(N)))

both = deque()
def push(base):
    for i in range(10000):
        if i % 2:
            both.append(base + i)
        else:
            both.appendleft(base + i)
ts = [threading.Thread(target=push, args=(k * 100000,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(both), len(set(both)))

q = SimpleQueue()
results = []
def consumer():
    while True:
        item = q.get()
        if item is None:
            return
        results.append(item)
cs = [threading.Thread(target=consumer) for _ in range(3)]
for c in cs: c.start()
def producer(base):
    for i in range(5000):
        q.put(base + i)
ps = [threading.Thread(target=producer, args=(k * 10000,)) for k in range(3)]
for p in ps: p.start()
for p in ps: p.join()
for _ in cs: q.put(None)
for c in cs: c.join()
print(len(results), sorted(results) == sorted(k * 10000 + i for k in range(3) for i in range(5000)))
