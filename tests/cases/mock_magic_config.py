"""unittest.mock: configuring MagicMock's magic methods."""
import re
from unittest.mock import MagicMock, NonCallableMagicMock, Mock, call


def r(obj):
    return re.sub(r"id='\d+'", "id=X", repr(obj))


def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


m = MagicMock()
m.__len__.return_value = 4
m.__iter__.return_value = [1, 2]
m.__getitem__.side_effect = lambda k: k * 2
m.__contains__.return_value = True
m.__bool__.return_value = False
m.__lt__.return_value = True
print(len(m), [x for x in m], [x for x in m], m[21], "x" in m, bool(m), m < 3)
m.__eq__.return_value = True
print(m == 7, m != 7)
m.__str__.return_value = "pretty"
m.__int__.return_value = 42
print(str(m), int(m))
m.__iter__.return_value = iter("ab")
print([x for x in m], [x for x in m])
print(m.method_calls, len(m.mock_calls))
print(m.mock_calls)

# functions and mocks set as magic methods
m = MagicMock()
m.__len__ = lambda self: 99
print(len(m), m.__len__())
m.__len__ = Mock(return_value=5)
print(len(m), m.mock_calls)
n = Mock()
n.__iter__ = Mock(return_value=iter([7, 8]))
print(list(n))
print(attempt(lambda: len(Mock())), attempt(lambda: setattr(n, "__getattr__", 1)))
n.__call__ = Mock(return_value="not used")
print(r(n()))

# configure_mock, reset_mock and other operators
m = MagicMock(**{"__len__.return_value": 3, "a.b.c": 4})
print(len(m), m.a.b.c)
m.reset_mock()
print(len(m), m.mock_calls)
m.reset_mock(return_value=True)
print(len(m))
m.__getitem__.side_effect = KeyError("no")
m.__gt__.return_value = "big"
print(attempt(lambda: m["x"]), m > 1, attempt(lambda: m <= 1))
x = MagicMock()
x += 1
print(r(x), r(divmod(MagicMock(), 2)), r(next(MagicMock())))
