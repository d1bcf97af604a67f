# The with statement: __enter__/__exit__, exception suppression, multiple managers.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with CM("a") as v:
    print("body", v)

with CM("b", suppress=True):
    raise ValueError("swallowed")
print("after b")

try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

with CM("x") as x, CM("y") as y:
    print("two managers", x, y)

with (CM("p") as p,
      CM("q") as q):
    print("parenthesized", p, q)

def early():
    with CM("ret"):
        return "returned"
print(early())

for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)

class Bad:
    pass
try:
    with Bad():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

with CM("noas"):
    pass
class Counter:
    count = 0
    def __enter__(self):
        Counter.count += 1
        return self
    def __exit__(self, *a):
        Counter.count -= 1
with Counter() as c1:
    with Counter():
        print("depth", Counter.count)
print("depth", Counter.count)
