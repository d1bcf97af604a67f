# property, staticmethod, classmethod, super as builtins.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in C."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, type(Temp.celsius).__name__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t.celsius)
class Util:
    count = 0
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def create(cls):
        cls.count += 1
        return cls()
class SubUtil(Util):
    pass
print(Util.add(1, 2), Util().add(3, 4), type(Util.create()).__name__, type(SubUtil.create()).__name__, Util.count, SubUtil.count)
class Base:
    def hello(self):
        return "Base.hello"
    @classmethod
    def cm(cls):
        return "Base.cm from " + cls.__name__
class Child(Base):
    def hello(self):
        return "Child+" + super().hello()
    @classmethod
    def cm(cls):
        return "Child.cm/" + super().cm()
print(Child().hello(), Child.cm(), super(Child, Child()).hello())
sm = staticmethod(lambda: "raw static")
print(sm.__func__(), callable(sm))
p = property(lambda self: 1)
print(p.fget is not None, p.fset, p.fdel)
