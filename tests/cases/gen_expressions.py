# Generator expressions: scoping, early binding of the first iterable, exhaustion.
x = 10
g = (x + i for i in range(3))
x = 100
print(list(g))
data = [1, 2, 3]
g = (d * 2 for d in data)
data = [9, 9]
print(list(g))
lst = [1, 2]
g = (v for v in lst)
lst.append(3)
print(list(g))
g = (i for i in range(3))
print(list(g), list(g), sum(g))
print(sum(i * i for i in range(10)), max(len(w) for w in "a bb ccc".split()), "-".join(str(i) for i in range(3)))
try:
    (1 / 0 for _ in range(1))
    print("not evaluated yet")
    g = (1 / i for i in [1, 0])
    print(next(g))
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    (i for i in 5)
except TypeError as e:
    print("TypeError at creation:", e)
nested = ((i, j) for i in range(2) for j in range(i, 2))
print(list(nested))
print(any(n > 5 for n in [1, 7, 3]), all(n > 0 for n in []), list(zip((a for a in "xy"), (b for b in range(5)))))
print(type((i for i in [])).__name__, sorted(c for c in "banana"))
