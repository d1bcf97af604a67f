# iter (one and two argument forms) and next with default.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
s = iter("ab")
print(list(s), list(s))
d = iter({"a": 1, "b": 2})
print(next(d), next(d))
values = [5, 4, 3, 0, 2]
pos = [0]
def take():
    v = values[pos[0]]
    pos[0] += 1
    return v
print(list(iter(take, 0)))
counter = iter(range(3))
print(list(iter(lambda: next(counter, "end"), "end")))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), iter(Countdown(1)).__class__.__name__)
class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(OldStyle()), list(iter(OldStyle())), 20 in OldStyle())
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
it2 = iter([1])
print(iter(it2) is it2)
z = zip([1, 2], "ab")
print(next(z), list(z))
e = enumerate("xy", start=10)
print(next(e), next(e), next(e, "no more"))
print(next(iter([]), "empty default"))
