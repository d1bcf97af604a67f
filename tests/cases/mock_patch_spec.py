"""unittest.mock.patch: spec, autospec, new_callable and the errors it raises."""
import os.path
import re
from unittest.mock import patch, DEFAULT, MagicMock, NonCallableMock

SETTING = "original"


def fetch(url):
    return "real " + url


class Client:
    retries = 3

    def get(self, path):
        return "GET " + path


def r(obj):
    return re.sub(r" id='\d+'", "", repr(obj))


def attempt(f):
    try:
        return r(f())
    except Exception as e:
        return "%s: %s" % (type(e).__name__, re.sub(r" id='\d+'| from '[^']*'", "", str(e)))


@patch("__main__.Client", spec=True)
def speced(client_cls):
    inst = client_cls()
    return r(client_cls), r(inst), r(inst.get), attempt(lambda: inst.delete)
print(speced())
with patch("__main__.SETTING", spec=True) as s:
    print(r(s), attempt(lambda: s.upper()), attempt(lambda: s()))
with patch("__main__.Client", spec_set=True) as s:
    print(r(s), attempt(lambda: setattr(s, "zz", 1)))
with patch("__main__.fetch", spec=["__call__", "extra"]) as f:
    print(r(f), r(f.extra), attempt(lambda: f.other))
with patch.object(Client, "get", autospec=True) as g:
    c = Client()
    print(c.get("/p") is g.return_value, attempt(lambda: c.get()), attempt(lambda: c.get(1, 2)))
    g.assert_called_once_with(c, "/p")
with patch("__main__.Client", autospec=True) as C:
    inst = Client()
    inst.get("/x")
    print(r(C), r(inst), C.mock_calls, attempt(lambda: Client(1)))
with patch("__main__.Client", new_callable=NonCallableMock, x=1) as n:
    print(r(n), n.x)
with patch("os.path.exists", return_value="sure") as ex:
    print(os.path.exists("/zz"), r(ex))
with patch("__main__.divmod", return_value=-1) as dm:
    print(divmod(7, 2), r(dm))
print("divmod" in globals(), divmod(7, 2))

@patch("__main__.fetch")
def boom(f):
    raise ValueError("inside")
print(attempt(boom), fetch("q"))
p = patch("__main__.SETTING", "a")
p2 = patch("__main__.SETTING", "b")
p.start(), p2.start()
print(SETTING, p.stop(), SETTING, p2.stop(), SETTING)

print(attempt(lambda: patch("__main__.nope").start()))
print(attempt(lambda: patch("nodots")), attempt(lambda: patch(42)))
print(attempt(lambda: patch.object("str", "x")))
print(attempt(lambda: patch("os.sep", new=1, new_callable=list)))
print(attempt(lambda: patch.multiple("__main__")))
print(attempt(lambda: patch("x.y", spec=MagicMock())))
print(attempt(lambda: patch("__main__.fetch", autospec=True, new=1).start()))
print(attempt(lambda: patch("__main__.fetch", spec=True, autospec=True).start()))
print(attempt(lambda: patch("__main__.fetch", foo=1, new=3).start()))
print(attempt(lambda: patch("__main__.fetch", autospect=True)))
print(attempt(lambda: patch("nosuchmodule_zz.x").start()))
print(attempt(lambda: patch("os.nothing.x").start()))
print(attempt(lambda: patch("__main__.nope", spec=True, create=True).start()))
