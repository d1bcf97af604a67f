# contextlib.ExitStack: LIFO callbacks, enter_context, pop_all, exception chaining and suppression.
from contextlib import ExitStack, contextmanager

@contextmanager
def res(name, log):
    log.append("open " + name)
    yield name
    log.append("close " + name)

log = []
with ExitStack() as stack:
    names = [stack.enter_context(res(n, log)) for n in "abc"]
    stack.callback(log.append, "callback")
    print(names)
print(log)

def handler(exc_type, exc, tb):
    print("handler saw", exc_type.__name__ if exc_type else None)
    return True

with ExitStack() as stack:
    stack.push(handler)
    raise ValueError("suppressed by handler")
print("continued")

log = []
with ExitStack() as stack:
    stack.enter_context(res("x", log))
    moved = stack.pop_all()
print(log)
moved.close()
print(log)

class CM:
    def __enter__(self):
        print("CM enter")
        return self
    def __exit__(self, *exc):
        print("CM exit", exc[0].__name__ if exc[0] else None)
        return False

try:
    with ExitStack() as stack:
        stack.enter_context(CM())
        stack.push(CM())
        raise KeyError("k")
except KeyError as e:
    print("KeyError escaped", e)

def raiser(exc):
    def cb():
        raise exc
    return cb

try:
    with ExitStack() as stack:
        stack.callback(raiser(IndexError("first")))
        stack.callback(raiser(ValueError("second")))
except IndexError as e:
    print("outer", repr(e), "context", repr(e.__context__))

try:
    ExitStack().enter_context(object())
except TypeError as e:
    print("TypeError:", e)

stack = ExitStack()
@stack.callback
def at_close():
    print("decorated callback")
stack.close()
print(at_close.__name__)
