# Context managers and exceptions: __exit__ receives the exception, can suppress or replace it.
class Recorder:
    def __init__(self, suppress=()):
        self.suppress = suppress
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.seen = (et.__name__ if et else None, str(ev) if ev else None, tb is not None)
        print("exit saw", self.seen)
        return et is not None and issubclass(et, self.suppress)
with Recorder(suppress=(KeyError,)) as r:
    {}["absent"]
print("suppressed KeyError")
try:
    with Recorder(suppress=(KeyError,)):
        [][1]
except IndexError as e:
    print("IndexError propagated:", e)
class Replacer:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("replaced") from ev
try:
    with Replacer():
        raise ValueError("original")
except RuntimeError as e:
    print(e, "from", repr(e.__cause__))
class EnterFails:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("exit must not run")
try:
    with EnterFails():
        print("body must not run")
except OSError as e:
    print("OSError:", e)
import contextlib
@contextlib.contextmanager
def managed(name):
    print("setup", name)
    try:
        yield name.upper()
    except ZeroDivisionError:
        print("handled inside generator")
    finally:
        print("teardown", name)
with managed("a") as v:
    print("using", v)
with managed("b"):
    1 / 0
print("after b")
with contextlib.suppress(FileNotFoundError):
    open("/tmp/baton_case_definitely_missing.txt")
print("suppress worked")
