# Handler selection: first matching clause wins, subclass order matters, tuples, dynamic classes.
def check(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError clause"
    except LookupError:
        return "LookupError clause"
    except (TypeError, ValueError) as e:
        return "tuple clause " + type(e).__name__
    except Exception:
        return "Exception clause"
for e in [KeyError(), IndexError(), LookupError(), UnicodeDecodeError("utf-8", b"", 0, 1, "r"), TypeError(), ArithmeticError()]:
    print(type(e).__name__, "->", check(e))
def dynamic(exc_types, exc):
    try:
        raise exc
    except exc_types:
        return "caught"
    except BaseException:
        return "not caught"
print(dynamic(ValueError, ValueError()), dynamic((), ValueError()), dynamic((OSError, ValueError), ValueError()))
def first_wins():
    try:
        raise ZeroDivisionError
    except ArithmeticError:
        return "ArithmeticError first"
    except ZeroDivisionError:
        return "never"
print(first_wins())
class Base(Exception): pass
class Mid(Base): pass
class Leaf(Mid): pass
for cls in (Base, Mid, Leaf):
    try:
        raise cls()
    except Leaf:
        print(cls.__name__, "-> Leaf")
    except Mid:
        print(cls.__name__, "-> Mid")
    except Base:
        print(cls.__name__, "-> Base")
