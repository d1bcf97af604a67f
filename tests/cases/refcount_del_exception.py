# An exception in __del__ is reported to stderr and ignored; the program goes on (exit 0).
class Bad:
    def __del__(self):
        raise RuntimeError("error in __del__")
b = Bad()
del b
print("continued after __del__ error")
class Resurrect:
    saved = []
    def __del__(self):
        print("__del__ runs once")
        Resurrect.saved.append(self)
r = Resurrect()
del r
print("resurrected:", len(Resurrect.saved))
Resurrect.saved.clear()
print("cleared")
class Counted:
    alive = 0
    def __init__(self):
        Counted.alive += 1
    def __del__(self):
        Counted.alive -= 1
items = [Counted() for _ in range(100)]
print(Counted.alive)
del items[:50]
print(Counted.alive)
items = None
print(Counted.alive)
