# Instances of user classes through object.__reduce_ex__: dict and slot
# state, __getstate__/__setstate__, __getnewargs__, __getnewargs_ex__.
import pickle


class Plain:
    def __init__(self):
        self.a = 1
        self.b = "two"


class Slots:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 10


class SlotsAndDict(Plain):
    __slots__ = ("s",)


class State:
    def __init__(self, v):
        self.v = v

    def __getstate__(self):
        return {"doubled": self.v * 2}

    def __setstate__(self, st):
        self.v = st["doubled"] // 2


class Args(int):
    def __new__(cls, v, tag="t"):
        self = super().__new__(cls, v)
        self.tag = tag
        return self

    def __getnewargs__(self):
        return (int(self), self.tag)


class KwArgs:
    def __new__(cls, a, *, b):
        self = super().__new__(cls)
        self.a, self.b = a, b
        return self

    def __getnewargs_ex__(self):
        return (self.a,), {"b": self.b}


def show(obj):
    d = getattr(obj, "__dict__", {})
    slots = {k: getattr(obj, k) for k in getattr(type(obj), "__slots__", ()) if hasattr(obj, k)}
    return "%s %r %r %r" % (type(obj).__name__, sorted(d.items()), sorted(slots.items()),
                           list(obj) if isinstance(obj, (list, dict)) else "")


s2 = SlotsAndDict()
s2.s = "slot"
objs = [Plain(), Slots(), s2, State(21), Args(5, "five"), KwArgs(1, b=2)]
for proto in range(6):
    print("protocol", proto)
    for obj in objs:
        try:
            data = pickle.dumps(obj, proto)
        except Exception as e:
            print("  dumps", type(obj).__name__, type(e).__name__)
            continue
        back = pickle.loads(data)
        print(" ", data if len(data) < 200 else len(data))
        print("    ->", show(back))
