# LifoQueue, PriorityQueue, SimpleQueue, and subclassing Queue via _init/_put/_get.
import queue
import threading

lq = queue.LifoQueue()
for x in "abc":
    lq.put(x)
print([lq.get() for _ in range(3)], lq.empty())

pq = queue.PriorityQueue(maxsize=5)
for item in [(3, "three"), (1, "one"), (2, "two"), (1, "uno")]:
    pq.put(item)
print(pq.qsize(), pq.full(), [pq.get_nowait() for _ in range(4)])
try:
    pq.get_nowait()
except queue.Empty:
    print("priority queue empty")

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1)
sq.put_nowait(2)
sq.put(3, block=False, timeout=5)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(timeout=1), sq.empty())
for call in (sq.get_nowait, lambda: sq.get(timeout=0.01), lambda: sq.get(False, -1)):
    try:
        call()
    except queue.Empty:
        print("Empty")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(queue.SimpleQueue[str])

# Producers and consumers over a SimpleQueue, with sentinels.
jobs = queue.SimpleQueue()
out = queue.Queue()
def consumer():
    while (item := jobs.get()) is not None:
        out.put(item * 2)
def producer(base):
    for i in range(50):
        jobs.put(base + i)
cons = [threading.Thread(target=consumer) for _ in range(3)]
prods = [threading.Thread(target=producer, args=(k * 100,)) for k in range(4)]
for t in cons + prods:
    t.start()
for t in prods:
    t.join()
for _ in cons:
    jobs.put(None)
for t in cons:
    t.join()
got = sorted(out.get() for _ in range(out.qsize()))
print(len(got), got[:3], got[-3:], out.empty())

# A queue subclass with its own storage.
class SetQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = set()
    def _put(self, item):
        self.queue.add(item)
    def _get(self):
        return self.queue.pop()
s = SetQueue()
for x in [5, 5, 3, 5, 3]:
    s.put(x)
print(s.qsize(), sorted([s.get(), s.get()]), s.unfinished_tasks)
print(queue.__all__)
