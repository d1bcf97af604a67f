"""unittest.mock: create_autospec, seal and PropertyMock."""
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


def greet(name, greeting="hi", *, loud=False):
    return greeting + " " + name

g = create_autospec(greet, return_value="stub")
print(g("bob"), g("amy", greeting="yo"), g.call_count, g.call_args_list)
print(attempt(lambda: g()), attempt(lambda: g("a", "b", "c")), attempt(lambda: g("a", bad=1)))
g.assert_called_with("amy", greeting="yo")
print(attempt(lambda: g.assert_called_once_with("bob")), g.__name__, r(g.mock))
g.reset_mock()
print(g.call_count, g.called, attempt(lambda: g.nothing))

class Service:
    url = "http://x"
    def __init__(self, host, port=80):
        self.host = host
    def request(self, path, *, timeout=1):
        return path
    @staticmethod
    def helper(a):
        return a

S = create_autospec(Service)
inst = S("h")
print(r(S), r(inst), r(inst.request), attempt(S), attempt(lambda: inst.request()))
inst.request("/a", timeout=2)
print(inst.request.call_args, S.mock_calls, attempt(lambda: inst.missing))
print(S.helper(1) is S.helper.return_value, attempt(lambda: S.helper(1, 2)), r(S.url))
inst.request.assert_called_with(path="/a", timeout=2)
print(isinstance(inst, Service), attempt(lambda: inst()))
with patch("__main__.greet", autospec=True) as pg:
    greet("z")
    print(r(pg.mock), pg.call_args, attempt(lambda: greet()))

m = Mock()
m.configured.value = 1
m.method.return_value = 5
seal(m)
print(m.configured.value, m.method(), attempt(lambda: m.other), attempt(lambda: m.configured.other))
print(attempt(lambda: m.method().deeper), attempt(lambda: setattr(m, "newattr", 1)))
m2 = MagicMock()
m2.child = Mock()
seal(m2)
print(attempt(lambda: m2.child.x), attempt(lambda: m2()))

class Config:
    pass

with patch.object(Config, "level", new_callable=PropertyMock, create=True) as level:
    level.return_value = 7
    c = Config()
    print(c.level, c.level)
    c.level = 9
    print(level.mock_calls, r(level))
    print(level.assert_called_with(9))
