# Exception chaining: explicit (from), implicit (__context__), suppression, in finally.
def chain_explicit():
    try:
        int("bad")
    except ValueError as e:
        raise LookupError("lookup failed") from e
try:
    chain_explicit()
except LookupError as e:
    print(repr(e), "cause:", repr(e.__cause__), "context:", repr(e.__context__), e.__suppress_context__)
def chain_implicit():
    try:
        {}["k"]
    except KeyError:
        return 1 / 0
try:
    chain_implicit()
except ZeroDivisionError as e:
    print(repr(e), "cause:", e.__cause__, "context:", repr(e.__context__))
def in_finally():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
try:
    in_finally()
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))
def deep():
    try:
        try:
            raise OSError("a")
        except OSError:
            raise RuntimeError("b")
    except RuntimeError:
        raise KeyError("c")
try:
    deep()
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(chain)
try:
    try:
        raise ValueError("v")
    except ValueError as e:
        raise e
except ValueError as e:
    print("reraise keeps no self context:", e.__context__ is None)
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("outer") from None
except TypeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
e = RuntimeError("manual")
e.__cause__ = KeyError("k")
print(e.__suppress_context__, repr(e.__cause__))
try:
    raise ValueError("x") from KeyError
except ValueError as e:
    print(repr(e.__cause__))
