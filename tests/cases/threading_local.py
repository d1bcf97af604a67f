# threading.local: per-thread attributes, subclasses whose __init__ reruns
# in each thread, shared class attributes and slots.
import threading

data = threading.local()
data.number = 42
log = []

def f():
    log.append(sorted(data.__dict__.items()))
    data.number = 11
    log.append(data.number)
    log.append(hasattr(data, "other"))

t = threading.Thread(target=f); t.start(); t.join()
print(log, data.number, data.__dict__)

# Each thread sees only its own values.
results = []
lock = threading.Lock()
def worker(k):
    data.value = k * k
    for _ in range(100):
        pass
    with lock:
        results.append((k, data.value))
ts = [threading.Thread(target=worker, args=(k,)) for k in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results), hasattr(data, "value"))

class MyLocal(threading.local):
    number = 2
    initialized = 0
    def __init__(self, /, **kw):
        self.__dict__.update(kw)
        MyLocal.initialized += 1
    def squared(self):
        return self.number ** 2

mine = MyLocal(color="red")
print(mine.number, mine.color, mine.squared(), MyLocal.initialized)
mine.number = 7
seen = []
def g():
    seen.append((mine.number, mine.color, sorted(mine.__dict__)))
    mine.color = "blue"
    seen.append(mine.squared())
t = threading.Thread(target=g); t.start(); t.join()
print(seen, mine.color, mine.number, MyLocal.initialized)
try:
    mine.missing
except AttributeError as e:
    print("AttributeError:", e)

# Slots are shared by all threads.
class Slotted(threading.local):
    __slots__ = ("shared",)
s = Slotted()
s.shared = "main"
s.own = "main"
def h():
    s.shared = "thread"
    s.own = "thread"
t = threading.Thread(target=h)
t.start()
t.join()
print(s.shared, s.own)

for bad in (lambda: threading.local(1), lambda: setattr(data, "__dict__", {}),
            lambda: delattr(mine, "__dict__")):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", str(e).replace("_thread._local", "local"))
del data.number
print(hasattr(data, "number"))
