# Attribute stores through the inline caches respect __slots__ descriptors
# of a base class when a subclass has a __dict__ (and properties, and plain
# class-level defaults that instances shadow).
class Base:
    __slots__ = ('_x', '_y')

    def __init__(self, x, y):
        self._x = x
        self._y = y


class Sub(Base):
    pass


class WithProp:
    count = 0

    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, val):
        self._v = val * 2


for i in range(3):
    s = Sub(i, i + 1)
    s.extra = i
    print(s._x, s._y, s.extra, sorted(vars(s)))

for i in range(3):
    w = WithProp()
    w.v = i
    w.count = i + 10
    print(w.v, w._v, w.count, WithProp.count, sorted(vars(w)))
