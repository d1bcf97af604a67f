# Generators used as coroutines: running averages, a grep filter chain with send(), priming decorator.
def primed(fn):
    def wrapper(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return wrapper
@primed
def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
avg = averager()
print([avg.send(v) for v in [10, 20, 30, 5]])
@primed
def sink(results):
    while True:
        results.append((yield))
@primed
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line.upper())
found = []
g = grep("py", sink(found))
for line in ["python is fun", "rust too", "pypy", "cpython", "go"]:
    g.send(line)
print(found)
g.close()
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        elif cmd == "stop":
            return n
        else:
            n += 1
c = counter()
print(next(c), c.send(None), c.send(None), c.send("reset"), c.send(None))
try:
    c.send("stop")
except StopIteration as e:
    print("stopped with", e.value)
