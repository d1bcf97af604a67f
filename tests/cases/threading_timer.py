# Timer: runs the function after the interval, cancel() prevents it.
import threading

calls = []
def record(*args, **kw):
    calls.append((args, sorted(kw.items()), threading.current_thread().name))

t = threading.Timer(0.01, record, args=(1, 2), kwargs={"k": "v"})
print(t.name.startswith("Thread-"), t.interval, t.args, t.kwargs, t.daemon)
t.start()
t.join()
print(calls, t.finished.is_set(), t.is_alive())

# Cancelled before it fires.
c = threading.Timer(10, record, args=("never",))
c.start()
c.cancel()
c.join()
print(len(calls), c.finished.is_set())

# Cancel before start: nothing runs.
c2 = threading.Timer(0, record, args=("never either",))
c2.cancel()
c2.start()
c2.join()
print(len(calls))

# Defaults: no args; a name can be given afterwards.
hits = []
t2 = threading.Timer(0, lambda: hits.append("hit"))
t2.name = "my-timer"
print(t2.args, t2.kwargs, repr(t2))
t2.start()
t2.join()
print(hits, t2.name)

# Several timers; results gathered and sorted.
out = []
lock = threading.Lock()
def add(x):
    with lock:
        out.append(x)
timers = [threading.Timer(0.001 * (5 - i), add, args=(i,)) for i in range(5)]
for tm in timers:
    tm.start()
for tm in timers:
    tm.join()
print(sorted(out))

# A timer that raises goes through threading.excepthook.
seen = []
threading.excepthook = lambda a: seen.append((a.exc_type.__name__, a.thread is bad))
bad = threading.Timer(0, lambda: 1 / 0)
bad.start()
bad.join()
print(seen)
