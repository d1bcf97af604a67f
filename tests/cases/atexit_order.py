# atexit: handlers run last-registered first at exit, with their arguments;
# unregister removes every registration of a function; a failing handler
# is reported on stderr and the others still run.
import atexit
import sys


def greet(name, punct="."):
    print("goodbye", name + punct)


def fails():
    raise ValueError("boom")


def exits():
    sys.exit(3)


def never():
    print("never printed")


print(atexit.register(greet, "first", punct="!") is greet)
atexit.register(fails)
atexit.register(never)
atexit.register(greet, "second")
atexit.register(never)
atexit.register(exits)
atexit.unregister(never)
for bad in [lambda: atexit.register(5), lambda: atexit.register(), lambda: atexit.unregister()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


@atexit.register
def decorated():
    print("decorated handler runs first")


atexit.register(print, "print", "with", "args", sep="-")
print("end of main")
