# traceback's formatting of an exception: format_exc/print_exc, the 3.10+
# and the old (type, value, tb) signatures, limits, extracted entries.
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

def clean(text):
    if isinstance(text, list):
        return [clean(t) for t in text]
    return text.replace(HERE, "")

class Out:
    def write(self, s):
        sys.stdout.write(clean(s))

def inner(x):
    raise ValueError("bad value %r" % (x,))

def middle(x):
    inner(x)

try:
    middle(1)
except ValueError:
    print(clean(traceback.format_exc()))
    traceback.print_exc(file=Out())
    print(clean(traceback.format_exc(limit=1)))
    print(clean(traceback.format_exc(limit=-1)))
    print(clean(traceback.format_exc(limit=0)))
    et, ev, tb = sys.exc_info()

print(clean(traceback.format_exception(et, ev, tb)))
print(clean(traceback.format_exception(ev)) == clean(traceback.format_exception(et, ev, tb)))
print(traceback.format_exception_only(ev), traceback.format_exception_only(et, ev))
print(clean(traceback.format_tb(tb)), clean(traceback.format_tb(tb, limit=1)))
traceback.print_tb(tb, file=Out())
traceback.print_exception(ev, file=Out(), limit=2)
traceback.print_exception(et, ev, None, file=Out())

s = traceback.extract_tb(tb)
print(len(s), type(s).__name__, [(f.name, f.lineno, f.line) for f in s])
fs = s[-1]
print(clean(fs.filename), fs.name, fs.lineno, fs.line, fs.locals, len(fs), fs[2], clean(repr(fs)))
print(list(fs)[1:], fs == tuple(fs), fs == s[-1], fs != s[0])
print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
print(clean(traceback.format_list(s)))
print(traceback.format_list([("f.py", 3, "fn", "x = 1"), ("g.py", 4, "gn", None)]))
traceback.print_list([("h.py", 5, "hn", "  y = 2  ")], file=sys.stdout)

summary = traceback.FrameSummary("nofile.py", 10, "func", line="  some code  ")
print(repr(summary), summary.line, summary == ("nofile.py", 10, "func", "some code"))
print(traceback.FrameSummary("nofile.py", 10, "func").line == "")
print(traceback.StackSummary.from_list([summary, ("a.py", 1, "b", "c")]).format())
print(traceback.format_exception_only(None), traceback.format_exception(None))
print(traceback.format_exception_only(ValueError("")), traceback.format_exception_only(ValueError("a\nb")))
print(traceback.format_exception_only(KeyError("k")), traceback.format_exception_only(StopIteration()))

class Bad(Exception):
    def __str__(self):
        raise RuntimeError("no str")

class Outer:
    class Inner(Exception):
        pass

print(traceback.format_exception_only(Bad()), traceback.format_exception_only(Outer.Inner("q")))
import io
print(traceback.format_exception_only(io.UnsupportedOperation("x")))
for args in [(ValueError, ValueError()), (5,)]:
    try:
        traceback.format_exception(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
