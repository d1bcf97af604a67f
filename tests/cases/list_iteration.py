# list iteration behaviours: modification during iteration, enumerate, zip, iterator state.
lst = [1, 2, 3, 4]
out = []
for x in lst:
    out.append(x)
    if x == 2:
        lst.append(99)
    if len(lst) > 6:
        break
print(out, lst)
items = [1, 2, 3, 4, 5, 6]
for x in items[:]:
    if x % 2 == 0:
        items.remove(x)
print(items)
items = [1, 2, 3, 4, 5, 6]
items = [x for x in items if x % 3]
print(items)
it = iter([10, 20, 30])
print(next(it), list(it), list(it))
l = [1, 2, 3]
it = iter(l)
next(it)
l.insert(0, 0)
print(list(it))
l2 = [5]
it2 = iter(l2)
l2.clear()
print(list(it2))
pairs = list(zip([1, 2, 3], [4, 5, 6]))
print(pairs, [a * b for a, b in pairs], list(enumerate(["a", "b"], start=1)))
total = 0
for i, v in enumerate(range(100, 105)):
    total += i * v
print(total)
rev = []
for v in reversed([1, 2, 3]):
    rev.append(v)
print(rev)
matrix = [[1, 2], [3, 4], [5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
print(sum(matrix, []), [y for x in matrix for y in x if y % 2])
