# Iterator protocol classes and generator-based __iter__.
class Range3:
    def __init__(self, start, stop):
        self.start, self.stop = start, stop
    def __iter__(self):
        cur = self.start
        while cur < self.stop:
            yield cur
            cur += 1
r = Range3(2, 5)
print(list(r), list(r), 3 in r, sum(r), sorted(r, reverse=True))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = Countdown(3)
print(list(c), list(c))
class LinkedList:
    def __init__(self, *values):
        self.head = None
        for v in reversed(values):
            self.head = (v, self.head)
    def __iter__(self):
        node = self.head
        while node:
            yield node[0]
            node = node[1]
    def __len__(self):
        return sum(1 for _ in self)
ll = LinkedList("a", "b", "c")
print(list(ll), len(ll), dict(enumerate(ll)), "-".join(ll))
a, b, c = ll
print(a, b, c)
print(*ll)
class NotIter:
    __iter__ = None
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
it = iter(ll)
print(next(it), next(it), list(it))
