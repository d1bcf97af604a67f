"""unittest.mock: spec, spec_set, unsafe names, deleted attributes, dir()."""
import re
from unittest.mock import Mock, MagicMock, NonCallableMock, create_autospec
from unittest.mock import InvalidSpecError


def r(obj):
    return re.sub(r" id='\d+'", "", repr(obj))


def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, re.sub(r" id='\d+'", "", str(e)))


class Thing:
    size = 3
    def run(self, n): return n

s = Mock(spec=Thing)
print(isinstance(s, Thing), r(s), r(s.run), attempt(lambda: s.walk))
s.extra = 1
print(s.extra)
ss = Mock(spec_set=["a", "b"])
print(r(ss), attempt(lambda: setattr(ss, "c", 1)), attempt(lambda: ss.c))
ss.a = 5
print(ss.a)
print(attempt(lambda: Mock().assert_something), attempt(lambda: Mock().assret_x))
print(r(Mock(unsafe=True).assert_nothing))
print(attempt(lambda: NonCallableMock()()))
d = Mock()
del d.gone
print(attempt(lambda: d.gone), attempt(lambda: Mock().__foo__))
print(sorted(n for n in dir(Mock(spec=Thing)) if not n.startswith("_"))[:6])
print(type(Mock()).__name__, type(Mock()) is Mock, isinstance(Mock(), Mock))

class MyMock(Mock):
    pass

mm = MyMock()
print(type(mm.child).__mro__[1].__name__, type(mm()).__mro__[1].__name__, r(mm.child))
inst = Mock(spec=Thing())
print(isinstance(inst, Thing), r(inst), inst.__class__.__name__)
inst.__class__ = int
print(isinstance(inst, int), r(inst))
m = Mock(spec=Thing)
m.mock_add_spec(["q"])
print(r(m.q), attempt(lambda: m.run), r(m))
print(attempt(lambda: Mock(spec=Mock())), attempt(lambda: create_autospec(Mock())))
m = Mock()
m.x
m.y = 3
m.__len__ = Mock()
print(sorted(n for n in dir(m) if not n.startswith("assert")))
print(sorted(dir(MagicMock(spec=["a", "__len__"]))))
print(r(Mock(spec_set=Thing)), r(MagicMock(spec=Thing, name="n")))
