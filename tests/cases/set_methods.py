# set methods (using ints, which iterate in a stable order, or sorted output).
s = {3, 1, 2}
s.add(4)
s.add(1)
print(sorted(s), len(s), 2 in s, 9 in s)
s.discard(9)
s.remove(4)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
p = s.pop()
print(p in {1, 2, 3}, len(s))
s.update([10, 11], {12})
print(sorted(s))
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference(b, {1})), sorted(a.symmetric_difference(b)))
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset({1}), a.isdisjoint({7}), {1} < a, a <= a, a < a, a > {1, 2})
c = set(a)
c &= {1, 2, 9}
print(sorted(c))
c |= {7}
c -= {1}
c ^= {2, 8}
print(sorted(c))
c.intersection_update([7, 8, 100])
print(sorted(c))
c.difference_update([7])
c.symmetric_difference_update([8, 5])
print(sorted(c))
cp = a.copy()
cp.clear()
print(cp, a == {4, 3, 2, 1}, set() == frozenset())
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {1} | [2]
except TypeError as e:
    print("TypeError:", e)
print(sorted({x * x for x in range(-3, 4)}), set("aab") == {"a", "b"}, sorted(set("hello")))
print({1, 2, 3}, {10, 5, 1}, set(range(5)), repr(set()), {frozenset([1])})
