# functools.lru_cache called from many threads at once: no KeyError, the
# results are right and the cache stays within maxsize.
import sys, threading
from functools import lru_cache

sys.setswitchinterval(1e-6)

@lru_cache(maxsize=8)
def square(n):
    return n * n

errors = []
def work(seed):
    try:
        for i in range(3000):
            k = (i * 7 + seed) % 12
            if square(k) != k * k:
                errors.append(("wrong", k))
    except Exception as e:
        errors.append(repr(e))

ts = [threading.Thread(target=work, args=(s,)) for s in range(6)]
for t in ts: t.start()
for t in ts: t.join()
info = square.cache_info()
print(errors, info.maxsize, info.currsize <= 8)
