# Infinite generators consumed lazily with helper functions (no itertools).
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out
def gmap(f, it):
    for x in it:
        yield f(x)
def gfilter(p, it):
    for x in it:
        if p(x):
            yield x
def takewhile(p, it):
    for x in it:
        if not p(x):
            return
        yield x
def pairwise(it):
    it = iter(it)
    prev = next(it)
    for x in it:
        yield prev, x
        prev = x
print(take(10, gmap(lambda x: x * x, naturals())))
print(take(5, gfilter(lambda x: x % 7 == 3, naturals(100))))
print(list(takewhile(lambda x: x < 50, gmap(lambda x: 2 ** x, naturals()))))
print(take(4, pairwise(naturals(10))))
def cycle(seq):
    while True:
        yield from seq
print(take(7, cycle("abc")))
def triangular():
    total = 0
    for n in naturals(1):
        total += n
        yield total
print(take(10, triangular()), next(x for x in triangular() if x > 1000))
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave("abc", [1, 2], (True,))))
