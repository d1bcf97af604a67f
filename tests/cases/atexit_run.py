# atexit: _run_exitfuncs and _clear by hand; handlers run once; a handler
# registered during exit also runs; and the handlers still run after an
# uncaught exception ends the program.
import atexit

atexit.register(print, "a")
atexit.register(print, "b")
atexit._run_exitfuncs()
print("ran once")
atexit._run_exitfuncs()
atexit.register(print, "cleared")
atexit._clear()
atexit._run_exitfuncs()


def outer():
    print("outer")
    atexit.register(print, "registered during exit")


class Eq:
    def __eq__(self, other):
        return True


atexit.register(print, "unregistered by equality")
atexit.register(print, "also unregistered")
atexit.unregister(Eq())
atexit.register(print, "exit handler after error")
atexit.register(outer)
raise SystemExit("bye")
