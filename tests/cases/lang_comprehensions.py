# List, set, dict comprehensions and generator expressions.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print(sorted({x % 4 for x in range(20)}))
print({x: x ** 2 for x in range(5)})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
g = (x + 1 for x in range(4))
print(type(g).__name__, list(g), list(g))
print(sum(x for x in range(101)))
print(max((len(w), w) for w in ["aa", "b", "cccc", "dd"]))
x = "outer"
lst = [x for x in "ab"]
print(x, lst)
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for row in matrix for i in range(len(row)) if i != 1])
print([[row[i] for row in matrix] for i in range(3)])
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs])
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(K.doubled)
print(list(zip(*[(1, "a"), (2, "b")])))
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(dict((k, len(k)) for k in ["x", "yy"]))
print([c.upper() for c in "hello" if c not in "l"])
print(list(x for x in [3, 1, 2]) == [3, 1, 2])
nested = ((a, b) for a in range(2) for b in "xy")
print(list(nested))
