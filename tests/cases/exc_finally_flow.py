# Interplay of return/break/continue with finally, and exceptions raised in handlers.
log = []
def f(x):
    try:
        if x == 0:
            return "zero"
        if x == 1:
            raise ValueError
        return "other"
    except ValueError:
        log.append("except")
        return "from except"
    finally:
        log.append("finally %d" % x)
print(f(0), f(1), f(2), log)
def g():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
        finally:
            log.append("g%d" % i)
    return i
log.clear()
print(g(), log)
def h():
    try:
        raise KeyError("lost")
    finally:
        return "finally return swallows exception"
print(h())
def k():
    x = 1
    try:
        return x
    finally:
        x = 2
print(k())
def handler_raises():
    try:
        raise ValueError("original")
    except ValueError:
        raise RuntimeError("from handler")
    finally:
        log.append("cleanup")
log.clear()
try:
    handler_raises()
except RuntimeError as e:
    print(e, repr(e.__context__), log)
def nested_finally():
    out = []
    try:
        try:
            out.append(1)
            raise IndexError
        finally:
            out.append(2)
    except IndexError:
        out.append(3)
    finally:
        out.append(4)
    return out
print(nested_finally())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            log.append(n)
log.clear()
print(while_finally(), log)
