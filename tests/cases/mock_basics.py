"""unittest.mock: return values, side effects, call records, names, spec."""
import re
from unittest import mock
from unittest.mock import Mock, MagicMock, NonCallableMock, call, DEFAULT, sentinel


def r(obj):
    return re.sub(r" id='\d+'", "", repr(obj))


def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


m = Mock()
print(r(m), r(m()), r(m.foo), r(m.foo.bar()), r(m().baz), r(m.a().b().c))
print(r(Mock(name="db")), r(Mock(name="db").cursor().execute))
m = Mock(return_value=3)
print(m(1, 2, x=5), m.called, m.call_count, m.call_args, m.call_args.args, m.call_args.kwargs)
m.return_value = sentinel.result
print(m(), m.call_args_list)

# side effects: exception class/instance, iterable, callable, DEFAULT
m = Mock(side_effect=KeyError("k"))
print(attempt(m))
m.side_effect = ValueError
print(attempt(m))
m.side_effect = [1, ValueError("second"), 3]
print(m(), attempt(m), m(), attempt(m))
m = Mock(return_value=10)
m.side_effect = lambda x: DEFAULT if x < 0 else x * 2
print(m(4), m(-1), m.call_args_list)
m.side_effect = None
print(m(7))

# method_calls / mock_calls through attributes and return values
p = Mock()
p.a(1)
p.b.c(2, k=3)
p().d(4)
p.e()(5)
print(p.method_calls)
print(p.mock_calls)
print(p.mock_calls == [call.a(1), call.b.c(2, k=3), call(), call().d(4), call.e(), call.e()(5)])

# configure_mock, kwargs in the constructor, attach_mock, wraps
m = Mock(**{"method.return_value": 3, "other.side_effect": KeyError, "x": 1})
print(m.method(), attempt(m.other), m.x)
parent = Mock()
child = Mock(return_value=None)
parent.attach_mock(child, "kid")
child(9)
print(parent.mock_calls, r(child))
w = Mock(wraps=lambda a, b: a + b)
print(w(2, 3), w.call_args)
w2 = Mock(wraps=[1, 2, 3])
print(w2.index(2), w2.count(5), attempt(lambda: w2.nothere))

# reset_mock
m = Mock(return_value=4, side_effect=[8, 9])
m(); m.x(1)
m.reset_mock()
print(m.called, m.call_count, m.mock_calls, m.x.call_count, m())
m.reset_mock(return_value=True, side_effect=True)
print(r(m()))
