# Instances whose classes define __reduce__ / __reduce_ex__ (string results,
# state, state setters) and subclasses of list and dict, for every protocol.
import copyreg
import pickle


class Reduced:
    def __init__(self, *args):
        self.args = args

    def __reduce__(self):
        return (Reduced, self.args, {"extra": 1})


class ReducedEx:
    def __reduce_ex__(self, proto):
        return (ReducedEx, (), None, iter([]) if proto > 9 else None)


class GlobalName:
    def __reduce__(self):
        return "GLOBAL_INSTANCE"


GLOBAL_INSTANCE = GlobalName()


def set_state(obj, state):
    obj.__dict__["via_setter"] = state


class Setter:
    def __reduce__(self):
        return (Setter, (), "st", None, None, set_state)


class MyList(list):
    pass


class MyDict(dict):
    pass


def show(obj):
    d = getattr(obj, "__dict__", {})
    slots = {k: getattr(obj, k) for k in getattr(type(obj), "__slots__", ()) if hasattr(obj, k)}
    return "%s %r %r %r" % (type(obj).__name__, sorted(d.items()), sorted(slots.items()),
                           list(obj) if isinstance(obj, (list, dict)) else "")


ml = MyList([1, 2])
ml.attr = "m"
objs = [Reduced(1, "x"), ReducedEx(), GLOBAL_INSTANCE, Setter(), ml, MyDict(k=3),
        copyreg.__newobj__]
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
        print("    ->", show(back), back is GLOBAL_INSTANCE)
