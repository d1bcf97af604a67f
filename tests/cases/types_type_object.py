# type and object: type(), type(name, bases, dict), __class__, __mro__, object().
print(type(1), type("s"), type([]), type(type), type(object))
print(type.__mro__, object.__bases__, type.__bases__)
print(isinstance(type, object), isinstance(object, type), issubclass(type, object))
Dyn = type("Dyn", (object,), {"x": 1, "hello": lambda self: "hi " + str(self.x)})
d = Dyn()
print(Dyn.__name__, d.x, d.hello(), type(d) is Dyn, d.__class__ is Dyn)
Sub = type("Sub", (Dyn,), {"x": 2})
print(Sub().hello(), [c.__name__ for c in Sub.__mro__], Sub.__base__.__name__)
o = object()
print(type(o).__name__, isinstance(o, object))
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(object.__name__, int.__name__, int.__qualname__, int.__module__)
print(sorted(set(dir(object)) & {"__eq__", "__hash__", "__init__", "__repr__", "__str__", "__class__"}))
print(repr(int), repr(Dyn).endswith("Dyn'>"), str(type(None)))
print(type(3) == int, type(True) == int, type(True) == bool)
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
print(type(WithMeta).__name__, isinstance(WithMeta, type), type(Meta).__name__)
print(int.__class__, object.__class__, int.__subclasses__ is not None)
print(issubclass(bool, (str, int)), bool.__mro__)
print(type.__name__, callable(type), type("x", (), {}).__module__)
print(object.__doc__ is not None, object().__eq__(1), object.__ne__(o, o))
print(o == o, o != object(), object.__str__(o) == object.__repr__(o))
