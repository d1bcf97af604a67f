# itertools.groupby (keys, lazy groups, invalidation) and tee (independent iterators).
import itertools as it

print([(k, list(g)) for k, g in it.groupby("AAAABBBCCDAABBB")])
print([k for k, g in it.groupby("AAAABBBCCD")])
data = [("a", 1), ("a", 2), ("b", 3), ("c", 4), ("c", 5)]
for key, group in it.groupby(data, key=lambda t: t[0]):
    print(key, [v for _, v in group])
words = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=len)
print({k: list(g) for k, g in it.groupby(words, key=len)})
grouped = it.groupby("aabbcc")
k1, g1 = next(grouped)
k2, g2 = next(grouped)
print(k1, list(g1), k2, list(g2))
groups = [(k, g) for k, g in it.groupby("xxyyz")]
print([(k, list(g)) for k, g in groups])
print(list(it.groupby([])), [(k, len(list(g))) for k, g in it.groupby([1, 1, 2.0, 2, 3])])
runs = [(k, sum(1 for _ in g)) for k, g in it.groupby("1110010111")]
print(runs, max(n for k, n in runs if k == "1"))

a, b = it.tee(iter(range(5)))
print(next(a), next(a), list(b), list(a))
x, y, z = it.tee("abc", 3)
print(list(zip(x, y, z)))
first, second = it.tee(n * n for n in range(4))
print(list(first), list(second))
print(it.tee([1], 0))
try:
    it.tee([1], -1)
except ValueError as e:
    print("ValueError:", e)
src = iter([1, 2, 3, 4])
p, q = it.tee(src)
print(next(p), next(q), next(p), list(q), list(p))
def windows(seq, n):
    iters = it.tee(seq, n)
    for i, itr in enumerate(iters):
        for _ in range(i):
            next(itr, None)
    return list(zip(*iters))
print(windows(range(6), 3))
