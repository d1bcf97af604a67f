# Module-level helpers: settrace/setprofile (stored), stack_size, ids,
# main_thread() from another thread, enumerate(), __all__.
import threading

print(threading.gettrace(), threading.getprofile())
def tracer(frame, event, arg):
    return None
threading.settrace(tracer)
threading.setprofile(tracer)
print(threading.gettrace() is tracer, threading.getprofile() is tracer)
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())

print(threading.stack_size())
try:
    threading.stack_size(-1)
except ValueError as e:
    print("ValueError:", e)

info = []
def probe():
    me = threading.current_thread()
    info.append(threading.main_thread() is not me)
    info.append(threading.main_thread().name)
    info.append(me in threading.enumerate())
    info.append(me.ident == threading.get_ident())
    info.append(me.native_id == threading.get_native_id())
    info.append(threading.active_count())
t = threading.Thread(target=probe)
t.start()
t.join()
print(info, t not in threading.enumerate())
print(type(threading.get_ident()).__name__, type(threading.get_native_id()).__name__)

names = sorted(threading.__all__)
print(len(names), names[:6])
for n in ["Barrier", "BoundedSemaphore", "BrokenBarrierError", "Condition",
          "Event", "ExceptHookArgs", "Lock", "RLock", "Semaphore", "Thread",
          "ThreadError", "Timer", "local", "excepthook"]:
    assert n in names and hasattr(threading, n), n
print(callable(threading.Lock), callable(threading.RLock))

# Threads started by threads; the creator's name is visible to the child.
tree = []
lock = threading.Lock()
def spawn(depth):
    with lock:
        tree.append((depth, threading.current_thread().name.split(" ")[0] != ""))
    if depth < 3:
        kids = [threading.Thread(target=spawn, args=(depth + 1,)) for _ in range(2)]
        for k in kids:
            k.start()
        for k in kids:
            k.join()
root = threading.Thread(target=spawn, args=(0,))
root.start()
root.join()
print(len(tree), sorted(d for d, ok in tree), all(ok for d, ok in tree))
print(threading.active_count(), threading.enumerate() == [threading.main_thread()])
