# queue.Queue: FIFO order, maxsize, blocking and non-blocking put/get,
# timeouts, task_done/join.
import queue
import threading

q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full())
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)])

b = queue.Queue(maxsize=2)
b.put("a")
b.put_nowait("b")
print(b.full(), b.qsize())
for call in (lambda: b.put_nowait("c"), lambda: b.put("c", block=False),
             lambda: b.put("c", timeout=0.01)):
    try:
        call()
    except queue.Full as e:
        print("Full", repr(e))
print(b.get_nowait(), b.get(block=False), b.empty())
for call in (b.get_nowait, lambda: b.get(False), lambda: b.get(timeout=0.01)):
    try:
        call()
    except queue.Empty as e:
        print("Empty", repr(e))
for call in (lambda: b.get(timeout=-1), lambda: (b.put(1), b.put(2), b.put(3, timeout=-1))):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
print(b.qsize())

# task_done / join with worker threads.
work = queue.Queue()
results = []
def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        results.append(item * item)
        work.task_done()
workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for i in range(20):
    work.put(i)
work.join()
print("after join:", sorted(results) == [i * i for i in range(20)], work.unfinished_tasks)
for _ in workers:
    work.put(None)
for w in workers:
    w.join()
try:
    work.task_done()
except ValueError as e:
    print("ValueError:", e)

# A blocked put is released by a get in another thread.
small = queue.Queue(1)
small.put("first")
order = []
t = threading.Thread(target=lambda: (small.put("second"), order.append("put done")))
t.start()
got = small.get()
t.join()
print(got, order, small.get(), small.empty())

# Queue[int] is a generic alias; unbounded when maxsize <= 0.
print(queue.Queue[int], queue.Queue(-1).full())
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
