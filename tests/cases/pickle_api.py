# Pickler / Unpickler hooks: persistent_id / persistent_load, dispatch_table,
# reducer_override and find_class, through file-like objects.
import pickle


class Buf:
    def __init__(self, data=b""):
        self.data = bytearray(data)
        self.pos = 0

    def write(self, b):
        self.data += b

    def read(self, n=-1):
        end = len(self.data) if n < 0 else self.pos + n
        chunk = bytes(self.data[self.pos:end])
        self.pos += len(chunk)
        return chunk

    def readline(self):
        i = self.data.find(b"\n", self.pos)
        end = len(self.data) if i < 0 else i + 1
        chunk = bytes(self.data[self.pos:end])
        self.pos = end
        return chunk


class Record:
    def __init__(self, key):
        self.key = key


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        return ("rec", obj.key) if isinstance(obj, Record) else None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return "loaded %r" % (pid,)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class Overriding(pickle.Pickler):
    dispatch_table = {Point: lambda p: (complex, (p.x, p.y))}

    def reducer_override(self, obj):
        if obj is len:
            return (abs, (-5,))
        return NotImplemented


class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module in ("builtins", "__builtin__") and name in ("set", "frozenset"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))


for proto in range(6):
    f = Buf()
    DBPickler(f, proto).dump([Record(7), "plain", Record("k")])
    print(proto, bytes(f.data))
    print(proto, DBUnpickler(Buf(f.data)).load())
    f = Buf()
    Overriding(f, proto).dump([Point(1, 2), len, 3])
    print(proto, pickle.loads(bytes(f.data)))
    ok = pickle.dumps({1, 2}, proto)
    print(proto, Restricted(Buf(ok)).load())
    try:
        Restricted(Buf(pickle.dumps(Point, proto))).load()
    except pickle.UnpicklingError as e:
        print(proto, "UnpicklingError", e)
