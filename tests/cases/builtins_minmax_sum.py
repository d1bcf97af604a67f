# min, max (key, default, multiple args), sum (start), abs, all, any.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"))
print(max([], default="empty"), min((), default=None), max([1], default=9))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max([1, 3, 2], key=lambda x: -x))
print(max([2, 2.0]), max([2.0, 2]), min([1, True]), max({1: "a", 5: "b"}))
print(max([(1, "b"), (1, "a")]), min("ba", "ab", key=lambda s: s[1]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum(range(10), start=5), sum([0.1] * 10))
print(sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([1.5, 2, True]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(abs(-5), abs(3.5), abs(-0.0), abs(3 + 4j), abs(-10 ** 20), abs(True))
class A:
    def __abs__(self): return "abs called"
print(abs(A()))
print(all([1, 2, 3]), all([1, 0]), all(""), any(""), any([0, "", None, 1]), any(x > 3 for x in range(5)))
def noisy(v):
    print("check", v)
    return v
print(all(noisy(x) for x in [1, 0, 1]), any(noisy(x) for x in [0, 2, 0]))
print(max(range(10), key=lambda x: (x % 3, x)), min(range(10), key=lambda x: abs(x - 4.6)))
