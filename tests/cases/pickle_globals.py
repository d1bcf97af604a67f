# Functions, classes and built-ins pickled by reference (GLOBAL before
# protocol 4, STACK_GLOBAL from 4), with CPython's lookup checks and errors.
import collections
import pickle


def top():
    return "top"


class Outer:
    class Inner:
        def method(self):
            return "m"

    @classmethod
    def make(cls):
        return cls()


def make_local():
    def local():
        pass
    return local


def hide(text):
    # Addresses differ from run to run: mask "at 0x...".
    while " at 0x" in text:
        i = text.index(" at 0x")
        j = i + 6
        while j < len(text) and text[j] in "0123456789abcdef":
            j += 1
        text = text[:i] + " at ADDR" + text[j:]
    return text


things = [top, Outer, Outer.Inner, Outer.Inner.method, Outer.make, len, abs,
          int, str, range, dict, type(None), type(Ellipsis), type(NotImplemented),
          Ellipsis, NotImplemented, collections.OrderedDict, pickle.Pickler,
          [].append, dict.fromkeys, getattr, ZeroDivisionError, ConnectionError,
          collections.namedtuple]
for proto in range(6):
    print("protocol", proto)
    for t in things:
        data = pickle.dumps(t, proto)
        back = pickle.loads(data)
        same = back is t or (back == t and type(back) is type(t))
        if hasattr(t, "__self__") and type(t) is type([].append):
            # a bound built-in method: same owner, same name
            same = back.__self__ == t.__self__ and back.__name__ == t.__name__
        print(" ", data, same)
    print(" ", pickle.dumps([int, str, len, abs, "builtins", top], proto))

lam = lambda: 0
Renamed = type("Renamed", (), {})
Renamed.__qualname__ = "NoSuchName"


class Shadowed:
    pass


OldShadowed = Shadowed


class Shadowed:
    pass


Elsewhere = type("Elsewhere", (), {"__module__": "no_such_module_xyz"})
bad = [lam, make_local(), Renamed, OldShadowed, Elsewhere, Outer.Inner().method.__func__,
       collections]
for proto in (0, 2, 4):
    for t in bad:
        try:
            print(proto, pickle.dumps(t, proto))
        except Exception as e:
            print(proto, type(e).__name__, hide(str(e)))
