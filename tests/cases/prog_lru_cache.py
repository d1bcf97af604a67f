# An LRU cache built on a dict (insertion order) plus a decorator using it.
class LRU:
    def __init__(self, capacity, verbose=True):
        self.capacity = capacity
        self.verbose = verbose
        self.data = {}
        self.hits = self.misses = 0
    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            value = self.data.pop(key)
            self.data[key] = value
            return value
        self.misses += 1
        return default
    def put(self, key, value):
        self.data.pop(key, None)
        self.data[key] = value
        while len(self.data) > self.capacity:
            oldest = next(iter(self.data))
            if self.verbose:
                print("evict", oldest)
            del self.data[oldest]
    def __repr__(self):
        return f"LRU({list(self.data)}, hits={self.hits}, misses={self.misses})"
c = LRU(3)
for k in "abcabdaeb":
    if c.get(k) is None:
        c.put(k, k.upper())
    print(k, c)
def cached(capacity):
    def deco(fn):
        cache = LRU(capacity, verbose=False)
        def wrapper(n):
            sentinel = object()
            r = cache.get(n, sentinel)
            if r is sentinel:
                r = fn(n)
                cache.put(n, r)
            return r
        wrapper.cache = cache
        return wrapper
    return deco
@cached(100)
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
print(max(range(1, 300), key=collatz_len), collatz_len(27), collatz_len.cache.hits > 0)
