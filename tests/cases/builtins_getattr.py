# getattr, setattr, hasattr, delattr, including defaults and dynamic names.
class Obj:
    cls_attr = "class"
    def __init__(self):
        self.x = 1
o = Obj()
print(getattr(o, "x"), getattr(o, "cls_attr"), getattr(o, "missing", "dflt"), getattr(o, "missing", None))
setattr(o, "y", 2)
setattr(o, "with space", 3)
print(o.y, getattr(o, "with space"), hasattr(o, "y"), hasattr(o, "z"))
delattr(o, "y")
print(hasattr(o, "y"))
try:
    getattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
for name in ["a", "b", "c"]:
    setattr(Obj, name, name * 2)
print(o.a, o.b, Obj.c)
print(getattr(1, "real"), getattr("abc", "upper")(), getattr([], "append").__name__)
class Dyn:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(name)
d = Dyn()
print(getattr(d, "dyn_hello"), hasattr(d, "dyn_x"), hasattr(d, "other"), getattr(d, "other", "fallback"))
class Raises:
    @property
    def bad(self):
        raise ValueError("not an AttributeError")
try:
    hasattr(Raises(), "bad")
except ValueError as e:
    print("hasattr propagates ValueError:", e)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(object(), "x", 2)
except AttributeError as e:
    print("AttributeError:", e)
import math
print(getattr(math, "pi") == math.pi, hasattr(math, "tau"))
