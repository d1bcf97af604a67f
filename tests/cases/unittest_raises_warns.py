# assertRaises and assertWarns, as context managers and with a callable.
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def parse(text):
    if not text:
        raise ValueError("empty input")
    return int(text)


def old_api(x):
    warnings.warn("old_api is deprecated", DeprecationWarning)
    return x * 2


def attempt(label, fn):
    try:
        value = fn()
        print(label, "ok", value)
    except AssertionError as e:
        print(label, "AssertionError:", e)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


with t.assertRaises(ValueError) as cm:
    parse("")
print(type(cm.exception).__name__, cm.exception.args, cm.exception.__traceback__)
with t.assertRaises((KeyError, IndexError)) as cm:
    [][3]
print(repr(cm.exception))
attempt("callable", lambda: t.assertRaises(ValueError, parse, "12x"))
attempt("not raised", lambda: t.assertRaises(ValueError, parse, "12"))
attempt("not raised lambda", lambda: t.assertRaises(KeyError, lambda: None))
attempt("bad type", lambda: t.assertRaises(5, parse, ""))
attempt("bad kwarg", lambda: t.assertRaises(ValueError, foo=1))


def other_exception():
    with t.assertRaises(KeyError):
        parse("")


attempt("other exception", other_exception)


def with_msg():
    with t.assertRaises(ZeroDivisionError, msg="dividing"):
        pass


attempt("with msg", with_msg)

with t.assertWarns(DeprecationWarning) as cm:
    result = old_api(21)
print(result, type(cm.warning).__name__, cm.warning, cm.filename == __file__, cm.lineno)
t.assertWarns(DeprecationWarning, old_api, 1)
attempt("warns missing", lambda: t.assertWarns(UserWarning, old_api, 1))
attempt("warns not triggered", lambda: t.assertWarns(UserWarning, lambda: 0))
attempt("warns bad type", lambda: t.assertWarns(ValueError, old_api, 1))


def warns_ctx():
    with t.assertWarns((UserWarning, RuntimeWarning)):
        warnings.warn("rt", RuntimeWarning)
    return "caught"


attempt("warns tuple", warns_ctx)
