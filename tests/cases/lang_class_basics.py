# Class statement basics: attributes, methods, instances, class vs instance state.
class Point:
    """A 2D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(3, 4)
print(p, p.norm2(), Point.dims, p.dims, Point.__doc__)
p.dims = 3
print(p.dims, Point.dims)
print(Point.norm2(p))
print(type(p) is Point, type(p).__name__, Point.__name__, Point.__module__)
print(sorted(vars(p).items()))
q = Point(1, 1)
q.z = 9
print(hasattr(q, "z"), hasattr(p, "z"))
class Empty:
    pass
e = Empty()
print(type(e).__name__, isinstance(e, object))
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
c1, c2, c3 = Counter(), Counter(), Counter()
print(Counter.instances, c3.id)
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2)
print(Point.__init__.__qualname__, Point.norm2.__name__)
class WithClassAttrs:
    a = 1
    b = a + 1
    lst = [a, b]
print(WithClassAttrs.lst)
print(Point.__dict__["dims"], "norm2" in Point.__dict__)
print(Point.__bases__, Empty.__mro__)
