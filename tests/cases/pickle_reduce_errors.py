# Errors and edge cases of the reduce protocol and the module functions: bad
# reduce values, NEWOBJ/NEWOBJ_EX checks, list/dict items iterators, deep
# nesting, mutation while pickling, arguments, PickleBuffer.
import copyreg
import io
import pickle


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r)[:200])
    except Exception as e:
        print(label, "!!", type(e).__name__, str(e)[:200])

show("lambda", lambda: pickle.dumps(lambda: 0))
def outer():
    def inner(): pass
    return inner
show("local", lambda: pickle.dumps(outer()))
show("local4", lambda: pickle.dumps(outer(), 4))
class Bad:
    def __reduce__(self): return 5
show("bad reduce", lambda: pickle.dumps(Bad()))
class Bad2:
    def __reduce__(self): return (1, ())
show("bad reduce2", lambda: pickle.dumps(Bad2()))
class Bad3:
    def __reduce__(self): return (Bad3, [])
show("bad reduce3", lambda: pickle.dumps(Bad3()))
class Bad4:
    def __reduce__(self): return (Bad4,)
show("bad reduce4", lambda: pickle.dumps(Bad4()))
class Bad5:
    def __reduce__(self): return (Bad5, (), None, [1])
show("bad reduce5", lambda: pickle.dumps(Bad5()))
class Bad6:
    def __reduce__(self): return (copyreg.__newobj__, ())
show("bad newobj", lambda: pickle.dumps(Bad6(), 2))
class Bad7:
    def __reduce__(self): return (copyreg.__newobj__, (int,))
show("bad newobj2", lambda: pickle.dumps(Bad7(), 2))
class Bad8:
    def __reduce__(self): return (copyreg.__newobj_ex__, (Bad8, (), {}, 1))
show("bad newobj_ex", lambda: pickle.dumps(Bad8(), 4))
class Ex:
    def __new__(cls, *a, **k):
        o = object.__new__(cls); o.a = a; o.k = k; return o
    def __reduce_ex__(self, p):
        return (copyreg.__newobj_ex__, (Ex, (1,), {"z": 2}))
for proto in (2, 3, 4):
    d = pickle.dumps(Ex(), proto)
    o = pickle.loads(d)
    print(proto, d, o.a, o.k)
class Items:
    def __reduce__(self):
        return (list, (), None, iter([1, 2, 3]), None)
class DItems:
    def __reduce__(self):
        return (dict, (), None, None, iter([(1, 2), (3, 4)]))
for proto in range(6):
    print(proto, pickle.dumps(Items(), proto), pickle.dumps(DItems(), proto))
class BadItems:
    def __reduce__(self):
        return (dict, (), None, None, iter([1]))
show("bad items", lambda: pickle.dumps(BadItems(), 2))
deep = []
for i in range(5000):
    deep = [deep]
show("deep", lambda: pickle.dumps(deep))
show("deep load", lambda: len(pickle.loads(b"(" * 100000 + b"l" * 100000 + b".")))
d = {}
class Mut:
    def __reduce__(self):
        d[len(d) + 100] = 1
        return (int, ())
d.update({1: Mut(), 2: 3})
show("dict mutated", lambda: pickle.dumps(d, 2))
show("proto -1", lambda: pickle.dumps(1, -1))
show("dump bad file", lambda: pickle.dump(1, object()))
show("load bad file", lambda: pickle.load(object()))
show("loads kw", lambda: pickle.loads(b"N.", fix_imports=False, encoding="latin1", errors="strict", buffers=None))
show("loads bad kw", lambda: pickle.loads(b"N.", foo=1))
show("dumps bad kw", lambda: pickle.dumps(1, foo=1))
show("dumps pos", lambda: pickle.dumps(1, 2, True))
show("loads memoryview", lambda: pickle.loads(memoryview(b"K\x05.")))
show("Pickler repr", lambda: (pickle.Pickler, pickle.Unpickler, pickle.PickleError, pickle.PickleBuffer))
show("py2 str", lambda: pickle.loads(b"U\x03abc.", encoding="bytes"))
show("py2 str latin", lambda: pickle.loads(b"U\x03\xe9bc.", encoding="latin1"))
show("py2 str ascii", lambda: pickle.loads(b"U\x03\xe9bc."))
show("buffer", lambda: bytes(pickle.PickleBuffer(b"abc")))
show("buffer raw", lambda: pickle.PickleBuffer(bytearray(b"abc")).raw().readonly)
pb = pickle.PickleBuffer(b"abc"); pb.release()
show("buffer released", lambda: pb.raw())
show("buffer bad", lambda: pickle.PickleBuffer("str"))
show("pickle pb", lambda: pickle.dumps(pickle.PickleBuffer(b"x"), 5))
show("copy pb", lambda: __import__("copy").copy(pickle.PickleBuffer(b"x")))
show("recursive tuple p0", lambda: pickle.dumps(rt, 0) if (rt := ([],)) and not rt[0].append(rt) else 0)
show("fast", lambda: (lambda p, f: (setattr(p, "fast", True), p.dump([[1], [1]]), f.getvalue())[2])(*(lambda f: (pickle.Pickler(f, 2), f))(io.BytesIO())))
class Sub(pickle.Pickler):
    dispatch_table = copyreg.dispatch_table.copy()
Sub.dispatch_table[complex] = lambda c: (complex, (7.0,))
f = io.BytesIO(); Sub(f, 2).dump(1j); print(pickle.loads(f.getvalue()))
print(pickle.dumps(1j, 2) != f.getvalue())
