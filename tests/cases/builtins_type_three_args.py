# type(name, bases, dict) building classes dynamically, with methods, inheritance and metaclass behaviour.
def init(self, x):
    self.x = x
Point = type("Point", (), {"__init__": init, "double": lambda self: self.x * 2, "kind": "point", "__repr__": lambda self: f"Point({self.x})"})
p = Point(21)
print(p, p.double(), p.kind, Point.__name__, Point.__qualname__, Point.__module__)
Point3 = type("Point3", (Point,), {"z": 0})
print(Point3(1), Point3.__mro__[1].__name__, issubclass(Point3, Point), Point3.z)
classes = {name: type(name, (Exception,), {}) for name in ["AlphaError", "BetaError"]}
try:
    raise classes["BetaError"]("dynamic")
except classes["AlphaError"]:
    print("wrong")
except Exception as e:
    print(type(e).__name__, e)
def make_class(n):
    attrs = {f"f{i}": (lambda i: lambda self: i * n)(i) for i in range(3)}
    return type(f"Gen{n}", (), attrs)
G = make_class(10)
g = G()
print(G.__name__, g.f0(), g.f1(), g.f2())
Slotted = type("Slotted", (), {"__slots__": ("a",)})
s = Slotted()
s.a = 1
print(s.a, hasattr(s, "__dict__"))
print(type("E", (), {})().__class__.__name__, type(type("E", (), {})).__name__)
