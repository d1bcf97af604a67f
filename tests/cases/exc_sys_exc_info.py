# sys.exc_info() and the handled-exception state inside and after handlers.
import sys
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, sys.exception() is v if hasattr(sys, "exception") else True)
    try:
        raise ValueError("nested")
    except ValueError:
        print(sys.exc_info()[0].__name__)
    print("restored:", sys.exc_info()[0].__name__)
print(sys.exc_info())
def handler():
    return sys.exc_info()[0]
try:
    1 / 0
except ZeroDivisionError:
    print("seen from callee:", handler().__name__)
print(handler())
def gen():
    try:
        raise IndexError
    except IndexError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
g = gen()
print(next(g))
print(sys.exc_info()[0])
print(next(g))
try:
    raise TypeError("t")
except TypeError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next)
def raiser():
    raise RuntimeError("deep")
try:
    raiser()
except RuntimeError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
