# traceback's stack functions: extract_stack, format_stack, print_stack,
# walk_stack, limits, sys.tracebacklimit and StackSummary formatting.
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

class Out:
    def write(self, s):
        sys.stdout.write(s.replace(HERE, ""))

def names(stack):
    return [(f.name, f.lineno) for f in stack]

def leaf():
    traceback.print_stack(file=Out())
    print("".join(traceback.format_stack(limit=2)).replace(HERE, ""), end="")
    print(names(traceback.extract_stack()))
    print(names(traceback.extract_stack(limit=1)), names(traceback.extract_stack(limit=-1)))
    here = sys._getframe()
    print(names(traceback.extract_stack(here.f_back)))
    print([f.f_code.co_name for f, n in traceback.walk_stack(here)])
    stack = traceback.StackSummary.extract(traceback.walk_stack(here.f_back), limit=2)
    print(type(stack).__name__, names(stack), stack[0].line)

def branch():
    leaf()

def trunk():
    branch()

trunk()

def recurse(n):
    if n:
        recurse(n - 1)
    else:
        print("".join(traceback.format_stack()).replace(HERE, ""), end="")

recurse(6)

entries = [("f.py", 1, "loop", "go()")] * 5 + [("f.py", 2, "end", "stop()")]
print("".join(traceback.format_list(entries)), end="")
print("".join(traceback.format_list(entries[:4])), end="")
print(traceback.StackSummary.from_list([("a.py", 1, "x", None)]).format())

def fail(n):
    if n == 0:
        raise LookupError("deep")
    fail(n - 1)

try:
    fail(3)
except LookupError as e:
    err = e
sys.tracebacklimit = 2
print("".join(traceback.format_exception(err)).replace(HERE, ""), end="")
sys.tracebacklimit = 0
print("".join(traceback.format_exception(err)).replace(HERE, ""), end="")
sys.tracebacklimit = -5
print(len(traceback.extract_tb(err.__traceback__)))
del sys.tracebacklimit
print(len(traceback.extract_tb(err.__traceback__)), len(traceback.extract_tb(err.__traceback__, limit=2)))
print(traceback.clear_frames(err.__traceback__))
print(sorted(n for n in traceback.__all__))
