# contextlib: suppress, closing, nullcontext, redirect_stdout/stderr, ContextDecorator, AbstractContextManager.
import contextlib
import sys

with contextlib.suppress(KeyError, AttributeError):
    {}["missing"]
print("suppressed KeyError")
try:
    with contextlib.suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError:", e)

class Res:
    def close(self):
        print("closed")
with contextlib.closing(Res()) as r:
    print("using", type(r).__name__)

with contextlib.nullcontext(42) as v:
    print("nullcontext gives", v)
with contextlib.nullcontext() as v:
    print("default", v)

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass

cap = Capture()
with contextlib.redirect_stdout(cap) as target:
    print("hidden line")
    print("second", 2)
print(target is cap, "".join(cap.parts).splitlines())
err = Capture()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr("".join(err.parts)))

class Timer(contextlib.ContextDecorator):
    def __enter__(self):
        print("start")
        return self
    def __exit__(self, *exc):
        print("stop")
        return False

@Timer()
def compute(n):
    print("computing", n)
    return n + 1
print(compute(1))

class MyCM(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        return None
with MyCM() as m:
    print(type(m).__name__)

class Duck:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
print(isinstance(Duck(), contextlib.AbstractContextManager), isinstance(1, contextlib.AbstractContextManager))
try:
    contextlib.AbstractContextManager()
except TypeError:
    print("abstract")
