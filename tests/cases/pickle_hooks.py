# The Pickler/Unpickler API beyond dump/load: hooks set on instances or
# overridden in subclasses (persistent_id, persistent_load, dispatch_table,
# reducer_override, find_class), the memo proxies and fast mode, and the
# errors for uninitialised picklers.
import copyreg
import io
import pickle


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r)[:200])
    except Exception as e:
        print(label, "!!", type(e).__name__, str(e)[:200])

class P(pickle.Pickler):
    def __init__(self, f, proto=None):
        super().__init__(f, proto)
        self.seen = []
    def persistent_id(self, obj):
        self.seen.append(type(obj).__name__)
        return None

f = io.BytesIO()
p = P(f, 2)
p.dump([1, "a", (2,)])
print(p.seen, f.getvalue())

class NoInit(pickle.Pickler):
    def __init__(self):
        pass
show("noinit", lambda: NoInit().dump(1))
class NoInitU(pickle.Unpickler):
    def __init__(self):
        pass
show("noinitU", lambda: NoInitU().load())

# instance attribute persistent_id on the base class
f = io.BytesIO()
p = pickle.Pickler(f, 3)
show("no pid attr", lambda: p.persistent_id)
p.persistent_id = lambda o: "X" if o == 5 else None
p.dump([5, 6])
print(f.getvalue())
u = pickle.Unpickler(io.BytesIO(f.getvalue()))
show("no pload", lambda: u.load())
u = pickle.Unpickler(io.BytesIO(f.getvalue()))
u.persistent_load = lambda pid: ("loaded", pid)
show("pload", lambda: u.load())
show("bad pid set", lambda: setattr(p, "persistent_id", 5))

# dispatch_table on instance
f = io.BytesIO()
p = pickle.Pickler(f, 2)
show("no table", lambda: p.dispatch_table)
p.dispatch_table = {complex: lambda c: (complex, (9.0,))}
p.dump(1j)
show("table", lambda: pickle.loads(f.getvalue()))

# memo proxy
f = io.BytesIO()
p = pickle.Pickler(f, 2)
x = ["x"]
p.dump(x)
m = p.memo
print(type(m).__name__, sorted(v[0] for v in m.copy().values()))
show("memo reduce", lambda: m.__reduce__()[0])
p2 = pickle.Pickler(io.BytesIO(), 2)
p2.memo = p.memo
f2 = io.BytesIO(); p2 = pickle.Pickler(f2, 2); p2.memo = p.memo; p2.dump(x); print(f2.getvalue())
show("bad memo", lambda: setattr(p2, "memo", 5))
show("bad memo2", lambda: setattr(p2, "memo", {1: 2}))
print(p.fast, p.bin, pickle.Pickler(io.BytesIO(), 0).bin)

u = pickle.Unpickler(io.BytesIO(pickle.dumps([1, [2]], 2)))
u.load()
print(type(u.memo).__name__, u.memo.copy())
u2 = pickle.Unpickler(io.BytesIO(b"N."))
u2.memo = u.memo
print(u2.memo.copy())
show("u bad memo", lambda: setattr(u, "memo", 5))
show("u bad memo2", lambda: setattr(u, "memo", {"a": 1}))

class FC(pickle.Unpickler):
    def find_class(self, m, n):
        return ("FC", m, n, super().find_class(m, n))
show("fc sub", lambda: FC(io.BytesIO(pickle.dumps(len, 2))).load())
show("fc sub p0", lambda: FC(io.BytesIO(pickle.dumps(len, 0))).load())
show("find_class direct", lambda: pickle.Unpickler(io.BytesIO(b"")).find_class("__builtin__", "unicode"))
show("find_class direct2", lambda: pickle.Unpickler(io.BytesIO(b"")).find_class("os.path", "join").__name__)

# reducer_override
class RO(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, int) and not isinstance(obj, bool):
            return (int, (str(obj),))
        if obj is type:
            return (str, ("T",))
        return NotImplemented
f = io.BytesIO(); RO(f, 4).dump([1, type, len, 2.5])
print(f.getvalue(), pickle.loads(f.getvalue()))
