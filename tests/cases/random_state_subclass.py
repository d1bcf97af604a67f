# random: getstate/setstate, copying, subclasses, SystemRandom
import copy
import random

r = random.Random(77)
state = r.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[1][-1], state[2])
print(state[1][:3])
r.random()
print(r.getstate()[1][-1])
after = [r.random() for _ in range(4)]
r.setstate(state)
r.random()
print(after == [r.random() for _ in range(4)])

# gauss_next is part of the state
r.gauss()
s2 = r.getstate()
print(s2[2] is not None, r.gauss() == (r.setstate(s2) or r.gauss()))

# a state taken mid-block and a fresh generator put in it
r2 = random.Random()
r2.setstate(r.getstate())
print([r.random() for _ in range(3)] == [r2.random() for _ in range(3)])

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: r.setstate((1, (), None)))
show(lambda: r.setstate((3, [0] * 625, None)))
show(lambda: r.setstate((3, (0,) * 10, None)))
show(lambda: r.setstate((3, (1,) * 624 + (625,), None)))
show(lambda: r.setstate((3, (1,) * 624 + (-1,), None)))
show(lambda: r.setstate((3, (-1,) * 624 + (1,), None)))
show(lambda: r.setstate((3, ('x',) * 624 + (1,), None)))

# copies continue the same sequence
c = copy.copy(r)
d = copy.deepcopy(r)
print(type(c).__name__, r.random() == c.random() == d.random())

# a subclass that only overrides random() still gets integers
class Fixed(random.Random):
    def random(self):
        self.calls = getattr(self, 'calls', 0) + 1
        return (self.calls * 0.381966) % 1.0

f = Fixed(1)
print([f.randrange(10) for _ in range(6)], f.choice('abcde'), f.sample(range(10), 3))
print(f.random(), f.uniform(0, 10))

class Bits(random.Random):
    def getrandbits(self, k):
        return 5 % (1 << k)

print(Bits(0).randrange(10), Bits(0).choice('xyz'))

s = random.SystemRandom()
print(0.0 <= s.random() < 1.0, 0 <= s.getrandbits(10) < 1024, len(s.randbytes(7)),
      s.randrange(5) in range(5), s.seed(3))
show(lambda: s.getstate())
show(lambda: s.setstate(None))
print(isinstance(s, random.Random), sorted(n for n in random.__all__ if 'variate' in n))
