# list methods: append, extend, insert, remove, pop, clear, index, count, copy, reverse.
l = [3, 1, 4]
l.append(1)
l.extend([5, 9])
l.extend("ab")
l.extend(range(2))
print(l)
l.insert(0, "first")
l.insert(100, "last")
l.insert(-1, "before-last")
print(l)
l.remove("a")
print(l, l.pop(), l.pop(0), l.pop(-2), l)
print(l.index(1), l.index(1, 2), l.count(1), l.count("zz"))
try:
    l.index("missing")
except ValueError as e:
    print("ValueError:", e)
try:
    l.remove("missing")
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
c = l.copy()
c.reverse()
print(c, l == c[::-1], c is not l)
c.clear()
print(c, len(c))
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append(99)
print(nested)
print(l.append(0), l.sort(key=str), l)
m = [1, 2, 3]
m[1:1] = [7, 8]
print(m, m * 2, [0] * 3, m + [4], 7 in m)
m += (10, 11)
print(m)
try:
    m + (1,)
except TypeError as e:
    print("TypeError:", e)
print(list.__name__, [].__class__ is list, len([[]]), [[]] * 2)
x = [[0] * 2] * 2
x[0][0] = 5
print(x)
