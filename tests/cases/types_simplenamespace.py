# types.SimpleNamespace and the type names the types module exports.
import types
import sys

ns = types.SimpleNamespace(a=1, b="two")
print(ns, ns.a, ns.b)
ns.c = [3]
del ns.a
print(ns, sorted(vars(ns)))
print(ns == types.SimpleNamespace(b="two", c=[3]), ns != types.SimpleNamespace())
try:
    types.SimpleNamespace({"x": 1}, y=2)
except TypeError as e:
    print("TypeError:", e)
ns.me = ns
print(ns)

class Config(types.SimpleNamespace):
    pass
print(Config(debug=True))
print(types.SimpleNamespace.__hash__ is None)

def f():
    pass
def g():
    yield 1
class C:
    def m(self):
        pass

checks = [
    (f, types.FunctionType), (lambda: 0, types.LambdaType), (f.__code__, types.CodeType),
    (g(), types.GeneratorType), (C().m, types.MethodType), (len, types.BuiltinFunctionType),
    ([].append, types.BuiltinMethodType), (sys, types.ModuleType), (None, types.NoneType),
    (..., types.EllipsisType), (NotImplemented, types.NotImplementedType),
    (sys._getframe(), types.FrameType), (type.__dict__, types.MappingProxyType),
]
for obj, tp in checks:
    print(tp.__name__, isinstance(obj, tp))

m = types.ModuleType("mymod", "doc text")
m.x = 5
print(m.__name__, m.__doc__, m.x)
print(types.FunctionType is type(f), types.new_class("Empty").__name__)
