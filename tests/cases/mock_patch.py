"""unittest.mock.patch: decorator, context manager, start/stop, object/dict/multiple."""
import os
import re
import json
from unittest.mock import patch, sentinel, DEFAULT

SETTING = "original"
CONFIG = {"debug": False, "level": 1}


def fetch(url):
    return "real " + url

class Client:
    retries = 3

    def get(self, path):
        return "GET " + path

def uses_fetch():
    return fetch("x") + " / " + SETTING

def r(obj):
    return re.sub(r" id='\d+'", "", repr(obj))


with patch("__main__.fetch") as fake:
    fake.return_value = "fake"
    print(uses_fetch(), r(fake), fake.call_args)
print(uses_fetch())

@patch("__main__.SETTING", "patched")
@patch("__main__.fetch", return_value="one")
@patch.object(Client, "get")
def decorated(label, get_mock, fetch_mock):
    get_mock.return_value = "mocked get"
    return (label, uses_fetch(), Client().get("/"), r(get_mock), r(fetch_mock))
print(decorated("run"), decorated.__name__, len(decorated.patchings))
print(SETTING, Client().get("/a"))

p = patch.object(Client, "retries", 10)
print(p.start(), Client.retries)
p.stop()
print(Client.retries, p.stop())
p1 = patch("__main__.fetch", new_callable=lambda: (lambda u: "lambda " + u))
p2 = patch("json.dumps", return_value="{}")
p1.start(), p2.start()
print(fetch("u"), json.dumps([1]))
patch.stopall()
print(fetch("u"), json.dumps([1]))

with patch.dict(CONFIG, {"debug": True}, extra=1) as cfg:
    print(cfg is CONFIG, sorted(CONFIG.items()))
print(sorted(CONFIG.items()))
with patch.dict("__main__.CONFIG", clear=True, only=2):
    print(CONFIG)

@patch.dict(os.environ, {"MOCK_CASE_VAR": "set"})
def read_env():
    return os.environ.get("MOCK_CASE_VAR")
print(read_env(), os.environ.get("MOCK_CASE_VAR"))

with patch.multiple("__main__", SETTING="multi", fetch=DEFAULT) as made:
    print(sorted(made), SETTING, r(fetch))

@patch.multiple("__main__", fetch=DEFAULT, uses_fetch=DEFAULT)
def multi(extra, fetch, uses_fetch):
    return extra, r(fetch), r(uses_fetch)
print(multi("e"))

with patch("__main__.missing", create=True, new=sentinel.made):
    print(missing)
print("missing" in globals())
@patch.object(Client, "retries", "class-level")
class Suite:
    def test_one(self):
        return Client.retries
    def helper(self):
        return Client.retries
print(Suite().test_one(), Suite().helper(), patch.TEST_PREFIX)
