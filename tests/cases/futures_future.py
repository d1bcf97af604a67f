# concurrent.futures.Future on its own: states, results, exceptions,
# cancellation, callbacks, repr, invalid transitions.
from concurrent.futures import (Future, CancelledError, InvalidStateError,
                                TimeoutError)
import concurrent.futures as cf

def state(f):
    r = repr(f)
    return r[r.index("state="):-1]

f = Future()
print(state(f), f.done(), f.running(), f.cancelled())
try:
    f.result(timeout=0.01)
except TimeoutError as e:
    print("TimeoutError", repr(e), TimeoutError is __builtins__.TimeoutError)
try:
    f.exception(timeout=0)
except TimeoutError:
    print("exception() timed out too")
calls = []
f.add_done_callback(lambda fut: calls.append(("first", fut.result())))
f.add_done_callback(lambda fut: calls.append(("second", fut.done())))
print(f.set_running_or_notify_cancel(), state(f), f.running(), f.cancel())
f.set_result([1, 2])
print(state(f), f.result(), f.exception(), calls)
f.add_done_callback(lambda fut: calls.append("late, called at once"))
print(calls[-1])
for setter in (lambda: f.set_result(3), lambda: f.set_exception(ValueError())):
    try:
        setter()
    except InvalidStateError as e:
        print("InvalidStateError", str(e)[:str(e).index(" at ")])
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError:", e)

g = Future()
g.set_exception(KeyError("missing"))
print(state(g), repr(g.exception()), g.done())
try:
    g.result()
except KeyError as e:
    print("result raised KeyError", e)

h = Future()
print(h.cancel(), h.cancel(), h.cancelled(), h.done(), state(h))
for call in (h.result, h.exception):
    try:
        call()
    except CancelledError as e:
        print("CancelledError", repr(e))
print(h.set_running_or_notify_cancel(), state(h))
try:
    h.set_result(1)
except InvalidStateError as e:
    print("InvalidStateError", str(e)[:str(e).index(":")])

none = Future()
none.set_result(None)
print(state(none), none.result())
print(issubclass(CancelledError, cf._base.Error), issubclass(InvalidStateError, Exception))
print(Future[int], isinstance(f, Future))
print(cf.CancelledError is CancelledError, cf.TimeoutError is TimeoutError)
