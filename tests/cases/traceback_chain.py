# traceback with chained exceptions: __cause__, __context__,
# __suppress_context__, chain=False, TracebackException, notes, cycles and
# recursion.
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

def show(lines):
    print("".join(lines).replace(HERE, ""), end="")
    print("-----")

def lookup(key):
    {}.pop(key)

def explicit():
    try:
        lookup("k")
    except KeyError as e:
        raise RuntimeError("explicit cause") from e

def implicit():
    try:
        lookup("k")
    except KeyError:
        raise TypeError("while handling")

def suppressed():
    try:
        lookup("k")
    except KeyError:
        raise OSError("suppressed") from None

for fn in [explicit, implicit, suppressed]:
    try:
        fn()
    except Exception as e:
        show(traceback.format_exception(e))
        show(traceback.format_exception(e, chain=False))
        te = traceback.TracebackException.from_exception(e)
        print(te.exc_type.__name__, str(te), te.__suppress_context__,
              te.__cause__ and te.__cause__.exc_type.__name__,
              te.__context__ and te.__context__.exc_type.__name__,
              len(te.stack), te.stack[0].name, te.exceptions)
        compact = traceback.TracebackException.from_exception(e, compact=True)
        print(compact.__context__ is None, list(compact.format_exception_only()))
        print(te == traceback.TracebackException.from_exception(e))

def rec(n):
    if n == 0:
        raise RecursionError("bottom")
    rec(n - 1)

try:
    rec(10)
except RecursionError as e:
    show(traceback.format_exception(e))

a = ValueError("one")
b = ValueError("two")
a.__context__ = b
b.__context__ = a
show(traceback.format_exception(a))

e = ValueError("noted")
e.add_note("first note")
e.add_note("second\nnote")
show(traceback.format_exception_only(e))
e.__notes__ = "a string"
show(traceback.format_exception_only(e))
e.__notes__ = 42
print(repr(traceback.format_exception_only(e)))
