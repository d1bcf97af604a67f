# random: randrange, randint, choice and their errors
import random

r = random.Random(314)
print([r.randrange(10) for _ in range(10)])
print([r.randrange(5, 15) for _ in range(8)])
print([r.randrange(0, 100, 7) for _ in range(8)])
print([r.randrange(100, 0, -9) for _ in range(8)])
print([r.randrange(-20, -10, 3) for _ in range(5)])
print([r.randint(1, 6) for _ in range(12)])
print(r.randint(-3, -3), r.randrange(1), r.randrange(2**100))
print(r.randrange(10**30, 10**30 + 5), r.randint(-10**25, 10**25))
print([r.choice('abcdefg') for _ in range(10)])
print(r.choice([None]), r.choice(range(1000, 2000)), r.choice((True, False)))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: r.randrange(0))
show(lambda: r.randrange(-5))
show(lambda: r.randrange(3, 3))
show(lambda: r.randrange(5, 2))
show(lambda: r.randrange(0, 10, 0))
show(lambda: r.randrange(0, 10, -1))
show(lambda: r.randrange(10, 0, 2))
show(lambda: r.randrange(10, step=2))
show(lambda: r.randrange('10'))
show(lambda: r.randrange(2.5))
show(lambda: r.randrange(0, 7.5))
show(lambda: r.randrange(0, 10, 1.5))
show(lambda: r.randint(5, 1))
show(lambda: r.randint(1.5, 3))
show(lambda: r.choice([]))
show(lambda: r.choice(''))
show(lambda: r.getrandbits(-1))
show(lambda: r.getrandbits(2.0))
show(lambda: r.randbytes(-2))
