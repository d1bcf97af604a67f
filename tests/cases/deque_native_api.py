# collections.deque: the whole API, its errors and its iteration rules.
from collections import deque
import copy, pickle

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend("ab"); d.extendleft("xy"); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d); d.rotate(); print(d)
d.reverse(); print(d)
print(d.count("a"), d.index(2), "x" in d, "z" in d)
d.insert(1, "I"); d.insert(-100, "S"); d.insert(100, "E"); print(d)
d.remove("I"); del d[0]; d[0] = "first"; print(d)
print(d.index(3, -6), d.index(3, 0, len(d)))

m = deque(range(5), maxlen=3)
print(m, m.maxlen, deque().maxlen)
m.append(9); print(m); m.appendleft(8); print(m)
m.extend(range(10)); print(m); m.extendleft("ab"); print(m)
z = deque([1, 2], maxlen=0); z.append(3); print(z)

for bad in [lambda: deque([1]).remove(2), lambda: deque([1]).index(2),
            lambda: deque([1])[1], lambda: deque([1])["a"], lambda: deque([1])[0:1],
            lambda: deque([], "a"), lambda: deque([], -1), lambda: deque() + [1],
            lambda: deque().pop(), lambda: deque().popleft(),
            lambda: deque([1], 1).insert(0, 2), lambda: deque() * "a",
            lambda: deque() < [1], lambda: hash(deque()), lambda: deque([1]).rotate("a"),
            lambda: deque(1), lambda: deque().append(), lambda: deque().append(1, 2),
            lambda: deque(maxlen=2.5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

d = deque([1, 2, 3]); it = iter(d); next(it); d.append(4)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
d = deque([1, 2, 3]); it = iter(d); next(it); d[0] = 9; print(list(it))
d = deque([1, 2, 3]); it = iter(d); next(it); d.reverse(); print(list(it))
d = deque([1, 2, 3]); it = reversed(d); print(it.__length_hint__(), list(it), it.__length_hint__())
print(type(iter(deque())).__name__, type(reversed(deque())).__name__)

r = deque(range(5), 3); r.append(r); print(r)
print(deque([1, 2]) == deque([1, 2]), deque([1]) == [1], deque([1, 2]) < deque([1, 3]),
      deque([1]) <= deque([1]), deque([2]) > deque([1, 5]), deque() != deque([None]))
print(deque("abc") * 2, 2 * deque("ab"), deque("ab") + deque("cd"))
d = deque([1]); d *= 0; print(d)
d = deque([1, 2, 3], maxlen=4); d *= 3; print(d)
d = deque([1, 2], maxlen=3); d += [3, 4]; print(d)
d = deque([1, 2]); d += d; print(d); d.extend(d); print(d)

class Q(deque):
    def peek(self):
        return self[0]
q = Q([5, 6], maxlen=4); q.tag = "t"
print(q, q.peek(), type(q.copy()).__name__, q.copy().maxlen, isinstance(q, deque))
c = copy.copy(q); print(type(c).__name__, c, c.maxlen)
p = pickle.loads(pickle.dumps(deque([1, [2]], 7))); print(p, p.maxlen)
p2 = pickle.loads(pickle.dumps(q)); print(p2, p2.tag, type(p2).__name__)
dc = copy.deepcopy(deque([[1], [2]])); print(dc)
print(deque[int], deque.__module__, deque.__name__)
d = deque([1, 2, 3]); d.clear(); print(d, len(d))
big = deque(range(100000)); s = 0
while big:
    s += big.popleft()
print(s)
for f in [lambda: deque().pop(1), lambda: deque().index(), lambda: deque().index(1,2,3,4), lambda: deque().rotate(1,2), lambda: deque().insert(1), lambda: deque().count(), lambda: deque(1,2,3), lambda: deque(x=1), lambda: deque().append(x=1), lambda: deque().extend()]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(type(deque()).__name__, repr(deque), deque.__qualname__)
import gc
from collections import deque
gc.collect()
d = deque(); d.append(d); del d
print(gc.collect())
class D(deque): pass
x = D(); x.append(x); x.me = x; del x
print(gc.collect() > 0)
