# threading.excepthook: the default hook writes to sys.stderr, a custom hook
# gets ExceptHookArgs, SystemExit is ignored, a failing hook is reported.
import sys
import threading

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
    def lines(self):
        return "".join(self.parts).splitlines()

def fail():
    raise ValueError("boom in thread")

def run(target, name=None):
    t = threading.Thread(target=target, name=name)
    t.start()
    t.join()
    return t

# The default hook prints "Exception in thread NAME:" and the traceback.
cap = Capture()
saved = sys.stderr
sys.stderr = cap
try:
    run(fail, "worker-1")
    run(lambda: sys.exit(2), "quiet")
finally:
    sys.stderr = saved
lines = cap.lines()
print(lines[0])
print(lines[1])
print(lines[-1])
print(any("in fail" in line for line in lines), len([l for l in lines if "quiet" in l]))

# A custom hook.
seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.exc_traceback is not None, len(args), type(args).__name__))
threading.excepthook = hook
run(fail, "worker-2")
run(lambda: sys.exit(5), "exiting")
print(seen)

# ExceptHookArgs is a named 4-tuple.
a = threading.ExceptHookArgs([KeyError, KeyError("k"), None, None])
print(a.exc_type, a.exc_value, a.exc_traceback, a.thread, tuple(a))
try:
    threading.ExceptHookArgs([1, 2])
except TypeError as e:
    print("TypeError:", e)

# A hook that raises: sys.excepthook reports the hook's own error.
def bad_hook(args):
    raise RuntimeError("hook failed")
threading.excepthook = bad_hook
cap = Capture()
sys.stderr = cap
try:
    run(fail, "worker-3")
finally:
    sys.stderr = saved
lines = cap.lines()
print(lines[0])
print(lines[-1])

threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
print("done")
