# Unwinding through nested frames: finally blocks and __exit__ run innermost first.
class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name)
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
def level(n):
    with CM(f"level{n}"):
        try:
            if n == 0:
                raise KeyError("bottom")
            level(n - 1)
        finally:
            print("finally", n)
try:
    level(3)
except KeyError as e:
    print("caught at top:", e)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
for x in gen():
    print("got", x)
    break
print("after break")
def loop_with_finally():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
        except ValueError as e:
            print("except", e)
            continue
        finally:
            print("finally", i)
loop_with_finally()
