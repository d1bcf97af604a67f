# contextlib.contextmanager: enter/exit, exceptions thrown in, suppression, reuse as decorator.
from contextlib import contextmanager

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("p") as t:
    print("body", t)

try:
    with tag("div"):
        raise ValueError("inside")
except ValueError as e:
    print("propagated:", e)

@contextmanager
def swallow(*kinds):
    try:
        yield
    except kinds as e:
        print("swallowed", type(e).__name__, e)

with swallow(KeyError, IndexError):
    [][1]
print("after swallow")

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def reraise_other():
    try:
        yield
    except ZeroDivisionError:
        raise KeyError("converted")
try:
    with reraise_other():
        1 / 0
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__)

@tag("deco")
def work(x):
    print("working", x)
    return x * 2
print(work(3))
print(work(4))
print(tag.__name__, work.__name__)

@contextmanager
def stop_inside():
    yield
with stop_inside():
    it = iter([])
    try:
        next(it)
    except StopIteration:
        print("StopIteration handled inside")
