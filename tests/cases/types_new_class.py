# types.new_class, prepare_class, resolve_bases, MappingProxyType, DynamicClassAttribute.
import types

def body(ns):
    ns["x"] = 1
    ns["double"] = lambda self: self.x * 2

K = types.new_class("K", (object,), {}, body)
print(K.__name__, K.x, K().double())

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"prepared": True}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)

M = types.new_class("M", (), {"metaclass": Meta, "flag": 1})
print(type(M).__name__, M.prepared)
meta, ns, kw = types.prepare_class("N", (M,), {"extra": 2})
print(meta.__name__, ns, kw)

class Entry:
    def __mro_entries__(self, bases):
        return (dict,)
e = Entry()
print(types.resolve_bases((int, e)))
D = types.new_class("D", (e,))
print(D.__mro__, D.__orig_bases__[0] is e)

mp = types.MappingProxyType({"a": 1, "b": 2})
print(mp["a"], len(mp), list(mp), "b" in mp, mp.get("z", 0), sorted(mp.items()))
try:
    mp["c"] = 3
except TypeError:
    print("TypeError")

class Thing:
    def __init__(self):
        self._v = 10
    @types.DynamicClassAttribute
    def v(self):
        return self._v
print(Thing().v)
try:
    Thing.v
except AttributeError:
    print("class access raises AttributeError")
