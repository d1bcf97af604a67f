# Stability of list.sort with many equal keys, key functions called once per element.
data = [(i % 5, i) for i in range(40)]
data.sort(key=lambda p: p[0])
print(data)
print(all(data[i][1] < data[i + 1][1] for i in range(len(data) - 1) if data[i][0] == data[i + 1][0]))
calls = []
def key(x):
    calls.append(x)
    return -x
vals = [3, 1, 2, 5, 4]
vals.sort(key=key)
print(vals, sorted(calls))
desc = [(1, "a"), (2, "b"), (1, "c"), (2, "d")]
print(sorted(desc, key=lambda p: p[0], reverse=True))
print(sorted(["bb", "a", "ccc", "dd", "e"], key=len, reverse=True))
class Rec:
    def __init__(self, k, v): self.k, self.v = k, v
    def __repr__(self): return f"{self.k}{self.v}"
recs = [Rec(k, v) for k, v in zip("abab", range(4))]
recs.sort(key=lambda r: r.k)
print(recs)
seed = 12345
xs = []
for _ in range(500):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    xs.append(seed % 1001)
ys = sorted(xs)
print(all(ys[i] <= ys[i + 1] for i in range(len(ys) - 1)), len(ys), sum(xs) == sum(ys))
lst = [5, 3, 1]
def bad_key(x):
    if x == 1:
        raise ValueError("boom")
    return x
try:
    lst.sort(key=bad_key)
except ValueError as e:
    print("ValueError:", e, sorted(lst))
