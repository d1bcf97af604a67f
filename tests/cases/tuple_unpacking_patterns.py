# Tuple packing/unpacking in loops, swaps, returns, nested structures, and dict items.
points = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*points)
print(xs, ys)
for i, (x, y) in enumerate(points):
    print(i, x, y, x * y)
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
(a, b), (c, d) = "xy", [7, 8]
print(a, b, c, d)
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 2, 8])
print(lo, hi)
x, y, z = range(3)
x, y, z = z, x, y
print(x, y, z)
pairs = {"a": (1, 2), "b": (3, 4)}
for key, (first, second) in pairs.items():
    print(key, first + second)
nested = [((1, 2), 3), ((4, 5), 6)]
print([a + b + c for (a, b), c in nested])
head, *tail = "hello"
print(head, tail, "".join(tail))
t = 1,
print(t, len(t), type(t).__name__)
