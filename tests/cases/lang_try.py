# try/except/else/finally control flow.
def t(kind):
    log = []
    try:
        log.append("try")
        if kind == "value":
            raise ValueError("v")
        if kind == "type":
            raise TypeError("t")
        if kind == "return":
            return log + ["returned"]
    except ValueError as e:
        log.append("except ValueError %s" % e)
    except (TypeError, KeyError):
        log.append("except tuple")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

for k in ["none", "value", "type", "return"]:
    print(k, t(k))

def finally_overrides():
    try:
        return 1
    finally:
        return 2
print(finally_overrides())

def finally_swallow():
    for i in range(3):
        try:
            raise RuntimeError
        finally:
            break
    return "swallowed"
print(finally_swallow())

def nested():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            print("inner caught")
            raise
        finally:
            print("inner finally")
    except ArithmeticError as e:
        print("outer caught", type(e).__name__, e)

nested()

try:
    int("x")
except Exception as err:
    print("err is bound", type(err).__name__)
try:
    err
except NameError:
    print("err unbound after except")

def loop_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_continue())

try:
    pass
except:
    print("no")
else:
    print("else runs when no exception")

try:
    [][0]
except:
    print("bare except caught IndexError")
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
