# collections.deque: both ends, maxlen, rotate, indexing, extendleft, comparisons, errors.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([5, 6])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(len(d))
print(d, d.count(2), d.index(3), 6 in d, 99 in d)
d.remove(5)
d.insert(1, "x")
d[0] = "first"
del d[-1]
print(d, list(reversed(d)))
d.reverse()
print(d)

win = deque(maxlen=3)
for i in range(6):
    win.append(i)
    print(list(win), end=" ")
print()
win.appendleft(-1)
print(win, win.maxlen)
win.extend(range(10, 20))
print(win)
print(deque(range(5), maxlen=0), deque("abc", 2))

q = deque()
order = []
q.append("root")
while q:
    node = q.popleft()
    order.append(node)
    if len(node) < 8:
        q.append(node + "L")
        q.append(node + "R")
print(len(order), order[:5])

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1])
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, deque("ab").copy())
e = deque([1])
e += [2, 3]
print(e)
for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5]):
    try:
        bad()
    except IndexError as err:
        print("IndexError:", err)
try:
    deque([1]).remove(2)
except ValueError as err:
    print("ValueError:", err)
try:
    deque([1], maxlen=1).insert(0, 2)
except IndexError as err:
    print("IndexError:", err)
try:
    m = deque([1, 2, 3])
    for x in m:
        m.append(x)
except RuntimeError as err:
    print("RuntimeError:", err)
r = deque()
r.append(r)
print(r, deque([[1]], maxlen=5))
try:
    hash(deque())
except TypeError:
    print("unhashable")
