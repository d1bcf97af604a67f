# None, NotImplemented and Ellipsis singletons.
print(None, repr(None), type(None).__name__, type(None)() is None)
print(None is None, None == None, None != 0, bool(None))
def f(): pass
print(f() is None)
d = {None: "none-key"}
print(d[None], hash(None) == hash(None))
print(NotImplemented, type(NotImplemented).__name__, type(NotImplemented)() is NotImplemented)
print(Ellipsis, ..., Ellipsis is ..., type(...).__name__, type(...)() is ...)
print(str(...), repr(Ellipsis))
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.v == other.v
    def __add__(self, other):
        if isinstance(other, int):
            return V(self.v + other)
        return NotImplemented
    def __radd__(self, other):
        return V(other * 100 + self.v)
print(V(1) == V(1), V(1) == 1, V(1) != V(2))
print((V(1) + 2).v, (3 + V(1)).v)
try:
    V(1) + "s"
except TypeError as e:
    print("TypeError:", e)
print(V(1).__eq__(5))
try:
    None.foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    none = None
    none()
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
try:
    none = None
    none[0]
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in None: pass
except TypeError as e:
    print("TypeError:", e)
print([None] * 3, None or "x", (None, ...))
