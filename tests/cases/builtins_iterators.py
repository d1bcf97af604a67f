# enumerate, zip, map, filter, reversed, len, and their laziness.
print(list(enumerate("abc")), list(enumerate("ab", 1)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])), dict(zip("ab", range(2))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1, 2], [3, 4], strict=True)))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(abs, [-1, 2])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b2")))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.items())))
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 2
print(list(reversed(Rev())), len(Rev()))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
log = []
def watch(x):
    log.append(x)
    return x
m = map(watch, [1, 2, 3])
print(log, next(m), log, list(m), log)
print(len([1, 2]), len("héllo"), len(b"ab"), len({1: 2}), len(set()), len(range(0, 10, 3)), len((1,)))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class BigLen:
    def __len__(self): return "x"
try:
    len(BigLen())
except TypeError as e:
    print("TypeError:", e)
e = enumerate(["x", "y"])
print(type(e).__name__, type(zip()).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__)
z = zip(range(3), range(10))
print(list(z), list(z))
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
