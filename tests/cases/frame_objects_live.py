# Frame objects are live views of running frames: f_locals and f_lineno
# follow the frame; once the frame has returned, the object keeps its last state.
import sys
import inspect


def watcher():
    return sys._getframe(1)


def work():
    f = watcher()
    a = 1
    print("a" in f.f_locals, f.f_locals["a"], f is sys._getframe())
    line1 = f.f_lineno
    b = 2
    print(f.f_lineno - line1, sorted(f.f_locals))
    loc = f.f_locals
    del a
    print("a" in f.f_locals, loc is f.f_locals)
    return f


fr = work()
print(fr.f_code.co_name, sorted(fr.f_locals), fr.f_back is sys._getframe())
print(type(fr).__name__, fr.f_globals is globals(), fr.f_builtins is not None)


def outer():
    x = "outer"
    return inner()


def inner():
    cf = inspect.currentframe()
    return [c.f_code.co_name for c in (cf, cf.f_back, cf.f_back.f_back)], cf.f_back.f_locals["x"]


print(outer())


def gen():
    f = sys._getframe()
    yield f.f_lineno
    yield f.f_code.co_name


g = gen()
print(next(g) > 0, next(g))
print(sys._getframe().f_code.co_name, sys._getframe(0).f_back)
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)


def clear_running():
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        print("RuntimeError:", e)


clear_running()
