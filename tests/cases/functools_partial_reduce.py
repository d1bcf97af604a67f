# functools.reduce, partial (flattening, keywords, repr), partialmethod.
from functools import reduce, partial, partialmethod
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.add, [], 0), reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda acc, ch: acc + ch.upper(), "abc", ">"))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

def power(base, exp, mod=None):
    return pow(base, exp, mod) if mod else base ** exp

square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(square(5), cube_mod(4), square(3, exp=3))
two_to = partial(power, 2)
print(two_to(10), two_to.func is power, two_to.args, two_to.keywords)
nested = partial(partial(power, 3), 4)
print(nested(), nested.func is power, nested.args)
print(repr(partial(max, 1, key=abs)))
print(repr(partial(power, 2, mod=5)).startswith("functools.partial(<function power at "))

basetwo = partial(int, base=2)
basetwo.__doc__ = "Convert base 2 string to an int."
print(basetwo("10010"), basetwo.__doc__)

class MyPartial(partial):
    pass
print(repr(MyPartial(max, 2)))

try:
    partial(5)
except TypeError as e:
    print("TypeError:", e)

print(list(map(partial(operator.mul, 3), [1, 2, 3])))

class Cell:
    def __init__(self):
        self._alive = False
    def set_state(self, state):
        self._alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell()
c.set_alive()
print(c._alive)
c.set_dead()
print(c._alive)
state = partial(max, 5).__reduce__()
print(state[0].__name__, state[2][1:3])
