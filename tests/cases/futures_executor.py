# ThreadPoolExecutor: submit, map, context manager, names, initializer,
# shutdown and its errors.
import threading
from concurrent.futures import ThreadPoolExecutor, Executor
import concurrent.futures as cf

def square(x):
    return x * x

def where(_):
    return threading.current_thread().name

with ThreadPoolExecutor(max_workers=2) as ex:
    futs = [ex.submit(square, i) for i in range(6)]
    print([f.result() for f in futs])
    print(list(ex.map(square, range(5))), list(ex.map(pow, [2, 3], [5, 2], [100, 100])))
    names = set(ex.map(where, range(20)))
print(1 <= len(names) <= 2, all(n.startswith("ThreadPoolExecutor-") for n in names))
print(any(t.is_alive() for t in ex._threads), names <= {t.name for t in ex._threads})
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

with ThreadPoolExecutor(3, thread_name_prefix="pool") as ex:
    got = sorted(ex.map(where, range(30)))
print(all(n.startswith("pool_") for n in got), len(set(got)) <= 3, ex._max_workers)
print(sorted(t.name for t in ex._threads)[0])

# Keyword arguments, and exceptions coming back through the future / map.
def kw(a, *, b):
    if b < 0:
        raise ValueError("negative b")
    return a - b
with ThreadPoolExecutor(2) as ex:
    print(ex.submit(kw, 10, b=3).result(), repr(ex.submit(kw, 1, b=-1).exception()))
    it = ex.map(lambda b: kw(0, b=b), [1, 2, -3, 4])
    try:
        for value in it:
            print("map value", value)
    except ValueError as e:
        print("map raised", e)

# Initializer runs once per worker thread.
inits = []
lock = threading.Lock()
def init(tag):
    with lock:
        inits.append((tag, threading.current_thread().name))
with ThreadPoolExecutor(2, thread_name_prefix="ini", initializer=init, initargs=("x",)) as ex:
    list(ex.map(square, range(10)))
print(len(inits) <= 2, sorted(set(t for t, n in inits)))

# A failing initializer breaks the pool.
def bad_init():
    raise OSError("cannot init")
ex = ThreadPoolExecutor(1, initializer=bad_init)
f = ex.submit(square, 3)
print(type(f.exception()).__name__, f.exception())
try:
    ex.submit(square, 4)
except cf.thread.BrokenThreadPool as e:
    print("BrokenThreadPool:", e, isinstance(e, cf.BrokenExecutor))
ex.shutdown()

for args, kwargs in [((0,), {}), ((-1,), {}), ((), {"initializer": 5})]:
    try:
        ThreadPoolExecutor(*args, **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    Executor().submit(square, 1)
except NotImplementedError:
    print("Executor.submit is abstract")
print(sorted(cf.__all__)[:4], cf.ThreadPoolExecutor is ThreadPoolExecutor)
