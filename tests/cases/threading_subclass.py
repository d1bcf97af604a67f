# Subclassing Thread: run() override, extra __init__ arguments, results kept
# on the object, run() called directly, repr of a subclass.
import threading

class Summer(threading.Thread):
    def __init__(self, numbers, **kw):
        super().__init__(**kw)
        self.numbers = numbers
        self.total = None
    def run(self):
        self.total = sum(self.numbers)
        self.where = threading.current_thread() is self

workers = [Summer(range(i * 10, i * 10 + 10), name="sum-%d" % i) for i in range(4)]
print([w.name for w in workers])
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.total for w in workers], [w.where for w in workers])
print(repr(workers[0]).replace(str(workers[0].ident), "ID"))

# run() may be called directly, in the calling thread.
d = Summer([1, 2, 3])
d.run()
print(d.total, d.where, d.is_alive(), d.name.startswith("Thread-"))

# The default run() calls the target, then drops it.
class Logged(threading.Thread):
    def run(self):
        print("before", self._target is not None)
        super().run()
        print("after", hasattr(self, "_target"))
box = []
lt = Logged(target=box.append, args=("appended",))
lt.start()
lt.join()
print(box)

# A daemon subclass, and a subclass that sets daemon in __init__.
class Daemonic(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
    def run(self):
        pass
dt = Daemonic()
print(dt.daemon, "daemon" in repr(dt))
dt.start()
dt.join()

# Overriding the name property through the constructor.
class Named(threading.Thread):
    def __init__(self, n):
        threading.Thread.__init__(self, name="named-%d" % n, args=(n,))
        self.seen = None
    def run(self):
        self.seen = (self._args, self.name)
x = Named(5)
x.start()
x.join()
print(x.seen)
print(isinstance(x, threading.Thread), issubclass(threading.Timer, threading.Thread))
