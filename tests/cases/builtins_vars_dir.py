# vars, dir, globals, locals.
class C:
    cattr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
    def method(self):
        pass
c = C()
print(vars(c), sorted(vars(c)))
vars(c)["z"] = 26
print(c.z)
print("cattr" in vars(C), "method" in vars(C), "a" in vars(C))
d = dir(c)
print(d == sorted(d), [n for n in d if not n.startswith("__")])
print("append" in dir([]), "upper" in dir(""), "__len__" in dir([]))
print([n for n in dir(C) if not n.startswith("_")])
class Slotted:
    __slots__ = ("x",)
try:
    vars(Slotted())
except TypeError as e:
    print("TypeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
class CustomDir:
    def __dir__(self):
        return ["zeta", "alpha"]
print(dir(CustomDir()))
g = globals()
print(type(g).__name__, g["__name__"], "C" in g)
g["injected"] = "via globals"
print(injected)
def f(x, y=2):
    z = x + y
    loc = locals()
    return sorted(loc)
print(f(1))
def g2():
    a = 1
    def inner():
        return a
    return sorted(locals())
print(g2())
print(locals() is globals())
import math
print("sqrt" in vars(math), sorted(vars(math)) == sorted(math.__dict__))
def dir_no_arg():
    p = 1
    q = 2
    return dir()
print(dir_no_arg())
