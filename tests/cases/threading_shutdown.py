# At exit the interpreter waits for non-daemon threads (threading._shutdown),
# runs threading._register_atexit callbacks before that and atexit hooks
# after; a blocked daemon thread does not keep the program alive.
import atexit
import threading

exiting = threading.Event()
second_done = threading.Event()

atexit.register(lambda: print("atexit hook (after the threads)"))
# threading's callbacks run in reverse order of registration: this one last.
threading._register_atexit(exiting.set)
threading._register_atexit(print, "threading atexit 1")
threading._register_atexit(lambda: print("threading atexit 2 (runs first)"))

def worker():
    second_done.wait()
    print("non-daemon worker finished")

def blocked_forever():
    threading.Event().wait()

d = threading.Thread(target=blocked_forever, daemon=True, name="stuck")
d.start()
w = threading.Thread(target=worker, name="waiting")
w.start()
print("daemon alive:", d.is_alive(), "worker alive:", w.is_alive())

# A chain: a non-daemon thread that starts another one while the
# interpreter is already waiting.
def second():
    print("second done")
    second_done.set()

def first():
    exiting.wait()
    print("first runs during shutdown, starting second")
    threading.Thread(target=second).start()

threading.Thread(target=first).start()

print(sorted(t.name for t in threading.enumerate() if t.daemon))
print(threading.active_count())
print("main body finished")
