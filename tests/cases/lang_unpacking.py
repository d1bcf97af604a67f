# Star unpacking in literals and calls, dict merging, unpacking errors.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, 5), {*a, *b} == {1, 2, 3, 4})
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {**d1, "w": 0})
print(d1 | d2, d2 | d1)
print([*"abc", *range(2)])
print(*[1, 2, 3], sep="-")
def f(a, b, c, d):
    return a * 1000 + b * 100 + c * 10 + d
print(f(*a, *b), f(1, *[2, 3], 4), f(**{"a": 1, "b": 2}, c=3, d=4))
for bad in ([1, 2, 3], [1]):
    try:
        x, y = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    x, y, *z = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    x, y = 5
except TypeError as e:
    print("TypeError:", e)
try:
    f(*[1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3, 4, **{"a": 1})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5})
except TypeError as e:
    print("TypeError:", e)
k, v = {"only": 1}.popitem()
print(k, v)
(x, y), z = "ab", "c"
print(x, y, z)
[a1, [b1, *c1]] = [1, [2, 3, 4]]
print(a1, b1, c1)
it = iter(range(3))
p, q, r = it
print(p, q, r)
def g(*args):
    return len(args)
print(g(*(i for i in range(7))))
