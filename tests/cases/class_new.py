# __new__: singletons, immutable subclasses, returning other types, __init__ skipping.
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            print("creating instance")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print("init runs every time")
a = Single()
b = Single()
print(a is b)
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper("hello")
print(u, type(u).__name__, isinstance(u, str), u + "!", u.lower(), len(u))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    @property
    def y(self): return self[1]
    def __repr__(self): return f"Point(x={self.x}, y={self.y})"
pt = Point(3, 4)
print(pt, pt.x, pt.y, pt == (3, 4), len(pt), tuple(pt), hash(pt) == hash((3, 4)))
class Even(int):
    def __new__(cls, n):
        return super().__new__(cls, n - n % 2)
print(Even(7), Even(8) + 1, type(Even(3) + 1).__name__, Even(5) == 4)
class Other:
    def __new__(cls, *args):
        return 42
    def __init__(self):
        print("never called")
print(Other(), type(Other()).__name__)
class WithArgs:
    def __new__(cls, *args, **kwargs):
        print("new got", args, kwargs)
        return super().__new__(cls)
    def __init__(self, a, b=2):
        print("init got", a, b)
WithArgs(1, b=3)
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError:", e)
class Counted:
    count = 0
    def __new__(cls, *a):
        cls.count += 1
        return super().__new__(cls)
[Counted() for _ in range(5)]
print(Counted.count)
