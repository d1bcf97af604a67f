# 8 threads appending 100 000 items each to one shared list, and writing to
# one shared dict: nothing lost, nothing corrupted.
import threading

shared = []
d = {}


def work(k):
    app = shared.append
    for i in range(100_000):
        app(i)
        if i % 10 == 0:
            d[(k, i)] = i


threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared), sum(shared) == 8 * sum(range(100_000)))
print(len(d), sorted(set(shared))[:3], max(shared))
