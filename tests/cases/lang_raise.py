# raise forms: class, instance, from, from None, re-raise, __context__.
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError("msg", 2)
except ValueError as e:
    print(repr(e), str(e), e.args)
try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during handling")
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("no context") from None
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
def reraise():
    try:
        raise KeyError("inner")
    except KeyError:
        raise
try:
    reraise()
except KeyError as e:
    print("re-raised", repr(e))
e1 = ValueError("saved")
try:
    raise e1
except ValueError as e:
    print(e is e1)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError from 3
except TypeError as e:
    print("TypeError:", e)
class MyError(Exception):
    pass
try:
    raise MyError("custom")
except Exception as e:
    print(type(e).__name__, e, isinstance(e, MyError))
try:
    raise StopIteration(42)
except StopIteration as e:
    print(e.value)
err = None
try:
    raise IndexError("x")
except IndexError as e:
    err = e
print(err.__traceback__ is not None)
