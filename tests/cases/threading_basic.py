# Thread basics: target/args/kwargs, naming, join, is_alive, idents, daemon.
import threading

results = []
lock = threading.Lock()

def work(a, b=0, *, tag="x"):
    t = threading.current_thread()
    with lock:
        results.append((tag, a + b, t.name, t is not threading.main_thread()))

t1 = threading.Thread(target=work, args=(1,), kwargs={"b": 2, "tag": "first"})
t2 = threading.Thread(target=work, args=(10,), name="custom")
t3 = threading.Thread(target=lambda: None)
t4 = threading.Thread()
print(t1.name, "|", t2.name, "|", t3.name, "|", t4.name)
print(t1.ident, t1.native_id, t1.is_alive(), t1.daemon)
print(repr(t2))
for t in (t1, t2):
    t.start()
for t in (t1, t2):
    t.join()
print(sorted(results))
print(t1.is_alive(), type(t1.ident).__name__, type(t1.native_id).__name__)
print(t1.ident != threading.get_ident(), t1.native_id != threading.get_native_id())
print(repr(t2).replace(str(t2.ident), "ID"))

# The main thread.
m = threading.main_thread()
print(m.name, m.daemon, m.is_alive(), m is threading.current_thread())
print(m.ident == threading.get_ident(), m.native_id == threading.get_native_id())
print(repr(m).replace(str(m.ident), "ID"))
print(threading.active_count(), threading.enumerate() == [m])

# Daemon status is inherited from the creating thread.
seen = []
def child():
    inner = threading.Thread(target=lambda: None)
    seen.append(inner.daemon)
d = threading.Thread(target=child, daemon=True)
print(d.daemon, repr(d))
d.start()
d.join()
n = threading.Thread(target=child)
n.start()
n.join()
print(seen)

# name can be changed; non-str names are converted.
t4.name = 42
print(repr(t4.name))
t5 = threading.Thread(name=7)
print(repr(t5.name))

# Counting threads while they run.
gate = threading.Event()
started = threading.Barrier(4)
def waiter():
    started.wait()
    gate.wait()
ws = [threading.Thread(target=waiter) for _ in range(3)]
for w in ws:
    w.start()
started.wait()
print(threading.active_count(), len(threading.enumerate()), all(w.is_alive() for w in ws))
gate.set()
for w in ws:
    w.join()
print(threading.active_count(), [w.is_alive() for w in ws])
print(threading.TIMEOUT_MAX > 1e6, threading.ThreadError is RuntimeError)
