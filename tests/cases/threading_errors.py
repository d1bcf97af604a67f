# RuntimeError cases of Thread, and the deprecated camelCase API.
import threading
import warnings
warnings.simplefilter("ignore", DeprecationWarning)

def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", r)

t = threading.Thread(target=lambda: None)
show("join before start", t.join)
t.start()
show("start twice", t.start)
t.join()
show("start after end", t.start)
show("set daemon after start", lambda: setattr(t, "daemon", True))
show("join again", t.join)
show("join timeout", lambda: t.join(0.01))

show("join current", threading.current_thread().join)
errs = []
def self_join():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        errs.append(str(e))
s = threading.Thread(target=self_join)
s.start()
s.join()
print(errs)

class NoInit(threading.Thread):
    def __init__(self):
        pass
n = NoInit()
show("start no init", n.start)
show("join no init", n.join)
show("daemon no init", lambda: setattr(n, "daemon", True))

show("group", lambda: threading.Thread(group=1))
show("bad target", lambda: threading.Thread(target=5).name)

# Deprecated aliases still work.
u = threading.Thread(name="old")
print(u.getName(), u.isDaemon())
u.setName("renamed")
u.setDaemon(True)
print(u.name, u.daemon, u.getName())
print(threading.currentThread() is threading.current_thread(), threading.activeCount())
c = threading.Condition()
with c:
    c.notifyAll()
e = threading.Event()
print(e.isSet())

# A thread that raises is still joinable and then not alive.
def raiser():
    raise SystemExit(3)
r = threading.Thread(target=raiser)
r.start()
r.join()
print("after SystemExit in thread", r.is_alive())
