# Descriptors: __get__/__set__/__delete__, data vs non-data precedence, __set_name__.
class Typed:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from non-data descriptor"
class Model:
    x = Typed()
    y = Typed()
    nd = NonData()
m = Model()
print(m.x, type(Model.x).__name__)
m.x = 5
print(m.x, m._x)
try:
    m.y = "bad"
except TypeError as e:
    print("TypeError:", e)
del m.x
print(m.x)
print(m.nd)
m.__dict__["nd"] = "instance wins over non-data"
print(m.nd)
m.__dict__["x"] = "instance loses to data descriptor"
print(m.x)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.fn(obj)
        setattr(obj, self.fn.__name__, value)
        return value
class Circle:
    def __init__(self, r): self.r = r
    @Lazy
    def area(self):
        print("computing area")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area)
class Getter:
    def __get__(self, obj, cls):
        return (obj is None, cls.__name__)
class Holder:
    g = Getter()
print(Holder.g, Holder().g)
def plain(self): return "function is a descriptor"
print(plain.__get__(Holder())(), type(plain.__get__(None, Holder)).__name__)
print(classmethod(lambda cls: cls.__name__).__get__(None, Holder)())
