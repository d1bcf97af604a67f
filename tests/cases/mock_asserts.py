"""unittest.mock: the exact AssertionError messages of the assert_* methods."""
from unittest.mock import Mock, MagicMock, call, ANY


def check(label, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except AssertionError as e:
        cause = e.__cause__
        extra = " [cause %s: %s]" % (type(cause).__name__, cause) if cause else ""
        print("%s -> AssertionError:\n%s%s" % (label, e, extra))
    else:
        print("%s -> ok" % label)


m = Mock()
check("called (never)", m.assert_called)
check("called_once (never)", m.assert_called_once)
check("called_with (never)", m.assert_called_with, 1, b=2)
check("not_called (never)", m.assert_not_called)
m(1)
m(2, key="v")
check("called_once (2)", m.assert_called_once)
check("called_once_with (2)", m.assert_called_once_with, 2, key="v")
check("not_called (2)", m.assert_not_called)
check("called_with wrong", m.assert_called_with, 3)
check("called_with right", m.assert_called_with, 2, key="v")
check("called_with ANY", m.assert_called_with, ANY, key=ANY)
check("any_call 1", m.assert_any_call, 1)
check("any_call missing", m.assert_any_call, 1, 2, z=[3])
check("has_calls seq", m.assert_has_calls, [call(1), call(2, key="v")])
check("has_calls wrong order", m.assert_has_calls, [call(2, key="v"), call(1)])
check("has_calls any_order", m.assert_has_calls, [call(2, key="v"), call(1)], any_order=True)
check("has_calls any_order missing", m.assert_has_calls, [call(5), call(1)], any_order=True)

named = Mock(name="fetch")
named("url")
named("url")
check("named called_once_with", named.assert_called_once_with, "url")
check("named called_with", named.assert_called_with, "other", timeout=3)
check("named not_called", named.assert_not_called)
fresh = Mock(name="fresh")
check("has_calls none", fresh.assert_has_calls, [call.x()])

# child mocks report their own name
p = Mock()
p.conn.send(b"hi")
check("child called_once_with", p.conn.send.assert_called_once_with, b"bye")
check("child not_called", p.conn.send.assert_not_called)
check("parent has_calls", p.assert_has_calls, [call.conn.send(b"hi")])
check("parent has_calls bad", p.assert_has_calls, [call.conn.recv()])

# with a function spec, positional and keyword arguments are matched
def target(a, b, c=0):
    pass

s = Mock(spec=target)
s(1, 2)
check("spec kw match", s.assert_called_with, a=1, b=2)
check("spec kw mismatch", s.assert_called_with, 1, 3)
check("spec bad binding", s.assert_called_with, 1, 2, 3, 4)
check("spec any_call", s.assert_any_call, 1, b=2)
check("spec has_calls error", s.assert_has_calls, [call(1, 2, 3, 4)])

# long call lists are pretty-printed
big = Mock()
for i in range(12):
    big("argument-%d" % i)
check("long list", big.assert_not_called)
check("long has_calls", big.assert_has_calls, [call("nope")])

mm = MagicMock()
len(mm)
check("magic in mock_calls", mm.assert_not_called)
print(mm.mock_calls)
check("magic child", mm.__len__.assert_called_once_with, 1)
