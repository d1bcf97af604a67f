"""unittest.mock: call objects, ANY, sentinel and DEFAULT."""
import re
from unittest.mock import (Mock, MagicMock, call, ANY, sentinel, DEFAULT, seal,
                           create_autospec, PropertyMock, patch)


def r(obj):
    return re.sub(r" id='\d+'", "", repr(obj))


def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


print(call, call(1, a=2), call.foo, call.foo(3), call.foo().bar(x=[1]), call().baz)
print(call(1) == call(1), call(1) == call(2), call(1) != call(2), call.a(1) == call.b(1))
print(call(1, 2) == ((1, 2), {}), call.a(1) == ("a", (1,), {}), call(x=1) == ({"x": 1},))
print(call(ANY, 2) == call(5, 2), call.f(ANY) == call.f([]), ANY == object(), repr(ANY))
print(call.a(1).b(2).call_list())
print(call.x(1).y(2) == call.x(1).y(2), call.x(1).y(2) == call.x(9).y(2))
print(call.count(3), call(1).args, call(1, k=2).kwargs, call.index)
print(sentinel.thing, sentinel.thing is sentinel.thing, DEFAULT, sentinel.a is not sentinel.b)
print(attempt(lambda: hash(call(1))), len(call(1)), tuple(call(1, a=2)))

# recorded calls compared with call objects
m = Mock()
m.foo(1).bar(2)
m.foo(3)
m(key=[1, 2])
print(m.mock_calls)
print(m.mock_calls[1] == call.foo().bar(2), m.mock_calls[1] == call.foo.bar(2))
print(call.foo(1).bar(2).call_list() in m.mock_calls, [call.foo(3), call(key=ANY)] in m.mock_calls)
print([call.foo(3), call.foo(1)] in m.mock_calls, call.foo(3) in m.mock_calls)
args, kwargs = m.call_args
print(args, kwargs, m.call_args == call(key=[1, 2]), m.call_args == ((), {"key": [1, 2]}))
print(m.foo.call_args_list == [call(1), call(3)], m.foo.call_args_list == [(1,), (3,)])
m.assert_has_calls([call.foo(1), call.foo().bar(2)])
print(attempt(lambda: m.assert_has_calls([call.foo(1).bar(2)])))
print(m.method_calls, m.foo.return_value.method_calls)
