# threading.local: a thread's values are freed when the thread ends, the
# object's own values when it goes; __init__ gets the creation arguments in
# every thread.
import threading

class Noisy:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("freed", self.tag)

loc = threading.local()
def keep(tag):
    loc.obj = Noisy(tag)
    print("stored", tag)
for i in range(2):
    t = threading.Thread(target=keep, args=("thread-%d" % i,))
    t.start()
    t.join()
    print("joined", i)
loc.obj = Noisy("main")
print("main has", loc.obj.tag)
del loc
print("local deleted")

class Counter(threading.local):
    def __init__(self, start, *, step=1):
        print("init in", threading.current_thread().name, start, step)
        self.value = start
        self.step = step
    def bump(self):
        self.value += self.step
        return self.value

c = Counter(10, step=5)
print(c.bump(), c.bump())
def use():
    print("thread sees", c.value)
    print("thread bumps", c.bump())
t = threading.Thread(target=use, name="user")
t.start()
t.join()
print("main still", c.value)

# __init__ runs once per thread, even with several attribute accesses.
class Lazy(threading.local):
    runs = []
    def __init__(self):
        Lazy.runs.append(threading.current_thread().name)
        self.items = []
lz = Lazy()
def fill(n):
    for k in range(n):
        lz.items.append(k)
    print(threading.current_thread().name, lz.items)
for n in (2, 3):
    t = threading.Thread(target=fill, args=(n,), name="fill-%d" % n)
    t.start()
    t.join()
print(lz.items, Lazy.runs)
