# Properties: computed, validated, read-only, inherited and overridden, on class access.
class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h
    @property
    def area(self):
        return self.w * self.h
    @property
    def w(self):
        return self._w
    @w.setter
    def w(self, value):
        if value <= 0:
            raise ValueError("width must be positive")
        self._w = value
r = Rect(2, 3)
print(r.area, r.w)
r.w = 10
print(r.area)
try:
    r.w = -1
except ValueError as e:
    print("ValueError:", e)
try:
    r.area = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.area
except AttributeError as e:
    print("AttributeError:", e)
print(type(Rect.area).__name__, Rect.area.fget.__name__, Rect.w.fset is not None)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
    @property
    def area(self):
        return "square area " + str(super().area)
print(Square(4).area)
class Lazy:
    calls = 0
    @property
    def value(self):
        Lazy.calls += 1
        return 42
l = Lazy()
print(l.value, l.value, Lazy.calls)
class Temp:
    def _get(self): return self._t
    def _set(self, v): self._t = v
    temp = property(_get, _set, None, "the temperature")
t = Temp()
t.temp = 21
print(t.temp, Temp.temp.__doc__)
class WithGetterChain:
    @property
    def x(self): return "original"
    y = x.getter(lambda self: "replaced getter")
print(WithGetterChain().x, WithGetterChain().y)
