# Small versions of the thread stress tests (run under valgrind by
# tests/racecheck.sh): shared counter under a lock, shared list appends,
# a queue pipeline, dict writes from several threads.
import queue
import threading

lock = threading.Lock()
counter = 0
shared = []
d = {}


def work(k):
    global counter
    for i in range(300):
        with lock:
            counter += 1
        shared.append(i)
        d[(k, i % 7)] = i


threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter, len(shared), len(d))

q = queue.Queue(maxsize=5)
out = []


def producer():
    for i in range(200):
        q.put(i)
    q.put(None)


def consumer():
    while True:
        x = q.get()
        if x is None:
            break
        out.append(x)


ts = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(out), sum(out))
