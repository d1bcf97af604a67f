"""unittest.mock: MagicMock's default magic methods, spec and deletion."""
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
print(len(m), list(m), bool(m), int(m), float(m), complex(m), 3 in m)
print(m.__index__(), r(m[0]), r(m + 1), r(1 - m), r(-m), r(abs(m)), r(round(m)))
print(m == m, m == 1, m != m, m != 1)
print(attempt(lambda: m < 1), attempt(lambda: m >= m))
print(r(str(m)), hash(m) == object.__hash__(m))
with m as entered:
    print(r(entered), entered is m.__enter__.return_value)
print(r(m.__exit__), m.__exit__.call_args)
m[1] = 2
del m["k"]
print(m.mock_calls[-3:])

# deleting a magic method
m = MagicMock()
del m.__len__
print(attempt(lambda: len(m)), attempt(lambda: m.__len__))

# a spec restricts the magic methods
class Box:
    def __len__(self):
        return 0
    def __getitem__(self, k):
        return k

b = MagicMock(spec=Box)
print(len(b), r(b[1]), type(iter(b)).__name__, attempt(lambda: b + 1))
print(attempt(lambda: setattr(b, "__iter__", None)))
nc = NonCallableMagicMock()
print(len(nc), attempt(nc), r(nc.child), r(nc()) if callable(nc) else "not callable")
nc.mock_add_spec(["__int__"])
print(int(nc), attempt(lambda: len(nc)))

# magic calls are recorded in mock_calls, not in method_calls
p = MagicMock()
p.child.__len__.return_value = 2
len(p.child)
p.child.thing()
print(p.mock_calls, p.method_calls)
print(r(p.child.__len__), p.child.__len__.call_count)
print(sorted(n for n in dir(MagicMock()) if n.startswith("__") and n in ("__len__", "__iter__")))
d = {}
key = MagicMock()
d[key] = 1
print(d[key], key.mock_calls)
