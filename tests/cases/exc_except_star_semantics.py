import sys
def show(e):
    if isinstance(e, BaseExceptionGroup):
        return f"{type(e).__name__}({e.message!r}, [{', '.join(show(x) for x in e.exceptions)}])"
    return repr(e)
# naked reraise
try:
    try:
        raise ValueError(1)
    except* ValueError:
        raise
except BaseException as e:
    print("naked reraise:", show(e))
# naked, raise new
try:
    try:
        raise ValueError(1)
    except* ValueError as g:
        print("exc_info is g:", sys.exc_info()[1] is g)
        raise TypeError(2)
except BaseException as e:
    print("naked new:", show(e), show(e.__context__) if e.__context__ else None)
# group with reraise and new
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise OSError(4)
except BaseException as e:
    print("mixed:", show(e))
    for x in e.exceptions: print("  ", show(x), show(x.__context__) if x.__context__ else None)
# nested structure projection
try:
    try:
        raise ExceptionGroup("top", [ValueError(1), ExceptionGroup("in", [ValueError(2), TypeError(3)])])
    except* TypeError as g:
        print("match:", show(g))
        raise
except BaseException as e:
    print("proj:", show(e))
# all handled
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError as g:
    print("handled", show(g))
print("name after:", 'g' in dir())
# errors
for bad in (ExceptionGroup, (ValueError, ExceptionGroup), int):
    try:
        try:
            raise ValueError(1)
        except* bad:
            pass
    except TypeError as e:
        print("TypeError:", e)
# else / finally
try:
    pass
except* ValueError:
    print("no")
else:
    print("else ran")
finally:
    print("finally ran")
def f():
    try:
        raise ExceptionGroup("x", [ValueError(1), ValueError(2)])
    except* ValueError as g:
        for i in range(3):
            if i == 1: break
        return_val = len(g.exceptions)
    return return_val
print(f())
# exception raised in type expression
try:
    try:
        raise ValueError(1)
    except* undefined_name:
        pass
except NameError as e:
    print("NameError:", e)
# handler with no match passes through
try:
    try:
        raise ExceptionGroup("eg", [KeyError(1)])
    except* ValueError:
        print("not here")
except ExceptionGroup as e:
    print("passed through", show(e), e.__traceback__ is not None)
# sys.exc_info after
print(sys.exc_info())
# BaseExceptionGroup with KeyboardInterrupt
try:
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError:
        print("got value")
except BaseExceptionGroup as e:
    print("rest:", show(e))
# raise inside handler chaining
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as g:
        raise RuntimeError("new") from None
except BaseException as e:
    print(show(e), e.__suppress_context__)
