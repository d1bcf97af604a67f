# Threads started with _thread.start_new_thread are seen by threading as
# dummy threads: alive, daemonic, named Dummy-N, not joinable.
import _thread
import threading

done = threading.Event()
info = {}

def raw(tag):
    t = threading.current_thread()
    info["tag"] = tag
    info["class"] = type(t).__name__
    info["name"] = t.name.startswith("Dummy-")
    info["daemon"] = t.daemon
    info["alive"] = t.is_alive()
    info["same"] = threading.current_thread() is t
    info["ident"] = t.ident == _thread.get_ident() == threading.get_ident()
    info["listed"] = t in threading.enumerate()
    info["main"] = threading.main_thread() is not t
    try:
        t.join()
    except AssertionError as e:
        info["join"] = str(e)
    info["repr"] = repr(t).startswith("<_DummyThread(Dummy-") and "started daemon" in repr(t)
    done.set()

_thread.start_new_thread(raw, ("hello",))
done.wait()
for key in sorted(info):
    print(key, info[key])

# threading.local also works in such a thread.
loc = threading.local()
loc.x = "main"
done.clear()
box = []
def raw2():
    box.append(hasattr(loc, "x"))
    loc.x = "raw"
    box.append(loc.x)
    done.set()
_thread.start_new_thread(raw2, ())
done.wait()
print(box, loc.x)

# Locks from threading and _thread are the same type.
print(type(threading.Lock()) is _thread.LockType, threading.get_ident is _thread.get_ident)
print(threading.stack_size() == _thread.stack_size())
print(threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX)
