# A producer/consumer pipeline through queue.Queue loses nothing: 4 producers,
# 3 consumers, a bounded queue, sentinels to stop.
import queue
import threading

q = queue.Queue(maxsize=100)
results = []
results_lock = threading.Lock()
N = 20_000


def producer(k):
    for i in range(N):
        q.put(k * N + i)


def consumer():
    local = []
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        local.append(item * 2)
        q.task_done()
    with results_lock:
        results.extend(local)


producers = [threading.Thread(target=producer, args=(k,)) for k in range(4)]
consumers = [threading.Thread(target=consumer) for _ in range(3)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
q.join()
for t in consumers:
    t.join()
print(len(results), sorted(results) == [2 * i for i in range(4 * N)])
