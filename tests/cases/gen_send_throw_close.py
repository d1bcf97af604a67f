# Generator protocol: send, throw, close, GeneratorExit, finally in generators.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
acc = accumulator()
print(next(acc), acc.send(5), acc.send(10), acc.send(-3))
try:
    acc.send(None)
except StopIteration as e:
    print("final total", e.value)
def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("generator caught", e)
        yield "recovered"
    finally:
        print("generator finally")
g = guarded()
print(next(g))
print(g.throw(ValueError("injected")))
try:
    next(g)
except StopIteration:
    print("stopped")
g = guarded()
next(g)
g.close()
print("closed", g.gi_frame)
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
g = catches_exit()
next(g)
g.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = bad_close()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
g = guarded()
try:
    g.throw(KeyError("before start"))
except KeyError as e:
    print("unstarted throw propagates:", e)
fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError:", e)
def running():
    yield g_self.gi_running
g_self = running()
print(next(g_self))
def reentrant():
    yield next(g_re)
g_re = reentrant()
try:
    next(g_re)
except ValueError as e:
    print("ValueError:", e)
def stopper():
    yield 1
    raise StopIteration("inside")
try:
    list(stopper())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
