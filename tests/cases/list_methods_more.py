# More list behaviour: index with bounds, extend with self, multiplication aliasing, copy idioms, clear via slice.
l = list("abcabc")
print(l.index("b"), l.index("b", 2), l.index("c", -2), l.count("a"))
try:
    l.index("a", 1, 3)
except ValueError as e:
    print("ValueError:", e)
m = [1, 2]
m.extend(m)
print(m)
m += m
print(m, len(m))
row = [0] * 3
grid = [row] * 2
grid[0][0] = 1
print(grid, grid[0] is grid[1])
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
a = [1, [2, 3]]
print(a[:] == a, a[:] is a, list(a)[1] is a[1], a.copy()[1] is a[1])
a[:] = []
print(a)
n = [5, 3, 8]
n[len(n):] = [9]
n[:0] = [0]
print(n, n.pop(1), n)
print([1, 2, 3] * 0, [] * 10, [[]] * 2, [None] * 3)
print(list(reversed(range(3))) == [2, 1, 0], [3, 1, 2].sort() is None, sorted([3, 1, 2]))
print([1, 2] == [1, 2.0], [1, [2]] < [1, [3]], ["a"] < ["b"], [2] > [1, 100])
