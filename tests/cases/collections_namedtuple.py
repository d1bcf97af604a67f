# collections.namedtuple: fields, defaults, _make/_asdict/_replace, rename, errors, subclassing.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(11, y=22)
print(p, p.x + p.y, p[0], tuple(p), len(p), p == (11, 22))
x, y = p
print(x, y, p._asdict(), p._replace(x=1), Point._make([3, 4]), Point._fields)
print(Point.__doc__, Point.x.__doc__, Point.__name__, Point.__module__, isinstance(p, tuple))
print(Point.__new__.__qualname__, Point.__match_args__)

Emp = namedtuple("Emp", ["name", "dept", "salary"], defaults=["eng", 100])
print(Emp("ann"), Emp("bob", "ops"), Emp._field_defaults)
print(Emp.__new__.__defaults__)

R = namedtuple("R", "a def a _b", rename=True)
print(R._fields)
for bad in [("1x", "a"), ("T", "a class"), ("T", "a a"), ("T", "_a")]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point._make([1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
try:
    p._replace(z=3)
except ValueError as e:
    print("ValueError:", e)
try:
    p.x = 5
except AttributeError:
    print("fields are read-only")

class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
v = Vec(3, 4)
print(v, v.norm2, v + Vec(1, 1), type(v + v).__name__)

Single = namedtuple("Single", "only")
print(Single(1), Single._make([2]))
Empty = namedtuple("Empty", [])
print(Empty(), Empty._fields)
print(sorted({Point(1, 2): "a", Point(1, 2): "b"}.items()))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(Point(*map(int, "7 8".split())), Point(**{"x": 0, "y": 9}))
print(p.__getnewargs__(), hash(p) == hash((11, 22)))
print(Point.x, type(Point.x).__name__)
