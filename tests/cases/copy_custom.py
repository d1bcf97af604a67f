# copy hooks: __copy__, __deepcopy__, __reduce_ex__, __getstate__/__setstate__, slots, subclasses.
import copy

class Tracked:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Tracked(self.v)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called, memo is dict:", isinstance(memo, dict))
        return Tracked(copy.deepcopy(self.v, memo))

t = Tracked([1])
a = copy.copy(t)
b = copy.deepcopy(t)
print(a.v is t.v, b.v is t.v, b.v)

class State:
    def __init__(self):
        self.items = [1, 2]
        self.cache = "big"
    def __getstate__(self):
        st = self.__dict__.copy()
        del st["cache"]
        return st
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = "rebuilt"

s2 = copy.deepcopy(State())
print(s2.items, s2.cache)

class Slots:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
s = Slots()
s3 = copy.copy(s)
s4 = copy.deepcopy(s)
print(s3.a is s.a, s4.a is s.a, s4.a, hasattr(s4, "b"))

class MyList(list):
    pass
ml = MyList([1, [2]])
mc = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc[1] is ml[1], mc == ml)

class MyDict(dict):
    pass
md = MyDict(a=[1])
mdc = copy.copy(md)
print(type(mdc).__name__, mdc, mdc["a"] is md["a"])

class Red:
    def __init__(self, n):
        self.n = n
    def __reduce__(self):
        return (Red, (self.n + 1,))
print(copy.copy(Red(1)).n, copy.deepcopy(Red(1)).n)

class Singleton:
    def __reduce__(self):
        return "SINGLE"
SINGLE = Singleton()
print(copy.copy(SINGLE) is SINGLE)

def f():
    pass
print(copy.deepcopy(f) is f, copy.deepcopy(Tracked) is Tracked)
class M:
    def m(self):
        return self
bound = M().m
bc = copy.deepcopy(bound)
print(bc.__func__ is bound.__func__, bc.__self__ is bound.__self__)
