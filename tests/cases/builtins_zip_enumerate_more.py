# zip/enumerate/map/filter/reversed combos and laziness with infinite generators.
def count():
    n = 0
    while True:
        yield n
        n += 1
print(list(zip("abc", count())), list(zip(count(), "xy", [True, False, None])))
print(dict(enumerate("ab", start=-1)), list(enumerate(reversed("abc"))))
print(list(map(lambda a, b, c: a + b + c, [1, 2], [10, 20], [100, 200, 300])))
print(list(filter(lambda x: x % 3 == 0, range(20))), list(filter(bool, [0, "", "x", None, 3])))
unzipped = list(zip(*[(1, "a", True), (2, "b", False)]))
print(unzipped)
print(sorted(zip([3, 1, 2], "cab")), max(zip([1, 5, 3], "xyz")), min(enumerate("hello"), key=lambda p: p[1]))
m = map(int, ["1", "2", "x", "4"])
print(next(m), next(m))
try:
    next(m)
except ValueError as e:
    print("ValueError:", e)
print(next(m))
e = enumerate(zip("ab", "cd"))
print([(i, a + b) for i, (a, b) in e])
print(list(reversed(list(zip(range(3), range(3, 6))))), list(map(str.upper, filter(str.isalpha, "a1b2c3"))))
