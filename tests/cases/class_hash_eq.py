# __hash__/__eq__ interplay: defining __eq__ disables hashing; explicit __hash__; identity hashing.
class Default: pass
d1, d2 = Default(), Default()
print(d1 == d1, d1 == d2, len({d1, d2, d1}))
class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, EqOnly) and self.v == o.v
print(EqOnly.__hash__, EqOnly(1) == EqOnly(1))
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
class Hashable(EqOnly):
    def __hash__(self): return hash(self.v)
print(len({Hashable(1), Hashable(1), Hashable(2)}), Hashable(2) in {Hashable(2)})
class InheritsEq(EqOnly): pass
print(InheritsEq.__hash__)
class KeepHash(EqOnly):
    __hash__ = object.__hash__
k = KeepHash(1)
print({k: 1}[k], KeepHash(1) in {KeepHash(1)})
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError:", e)
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return f"P({self.x},{self.y})"
pts = {Point(1, 2): "a", Point(1, 2): "b"}
print(pts, Point(1, 2) in pts, [Point(0, 0), Point(1, 2)].index(Point(1, 2)), [Point(1, 2)].count(Point(1, 2)))
print(Point(1, 2) != Point(1, 3), Point(1, 2) != Point(1, 2))
