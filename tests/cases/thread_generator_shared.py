# A generator shared between threads: one running it while another tries to
# advance it gets ValueError "generator already executing", as CPython.
import threading

started = threading.Event()
release = threading.Event()


def gen():
    started.set()
    release.wait()
    yield 1
    yield 2


g = gen()
out = []


def first():
    out.append(next(g))


t = threading.Thread(target=first)
t.start()
started.wait()
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
release.set()
t.join()
print(out, next(g))
