# functools.lru_cache / cache: hits and misses, eviction order, typed, cache_clear, methods.
from functools import lru_cache, cache

calls = []

@lru_cache(maxsize=3)
def slow(x):
    calls.append(x)
    return x * x

for v in [1, 2, 3, 1, 4, 2, 1, 5]:
    slow(v)
print(calls)
print(slow.cache_info())
info = slow.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info._fields)
slow.cache_clear()
print(slow.cache_info(), slow.cache_parameters())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact.cache_info().currsize, fact.__name__, fact.__wrapped__.__name__)

@lru_cache(maxsize=None, typed=True)
def kind(x):
    calls.append(("kind", x))
    return type(x).__name__
calls.clear()
print(kind(1), kind(1.0), kind(1), kind(True), len(calls))

@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1)
nocache(1)
print(nocache.cache_info())

@lru_cache(maxsize=2)
def kw(a, b=0, *, c=0):
    calls.append((a, b, c))
    return a + b + c
calls.clear()
print(kw(1, 2), kw(1, b=2), kw(1, 2), kw(1, c=3), kw(1, c=3), len(calls))

class Geo:
    def __init__(self, n):
        self.n = n
    @lru_cache(maxsize=None)
    def area(self, scale):
        calls.append(("area", self.n, scale))
        return self.n * scale
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return self.n == other.n
calls.clear()
g = Geo(3)
print(g.area(2), g.area(2), Geo(3).area(2), len(calls))
try:
    kind([1])
except TypeError as e:
    print("TypeError:", e)
try:
    lru_cache("bad")
except TypeError as e:
    print("TypeError:", e)
