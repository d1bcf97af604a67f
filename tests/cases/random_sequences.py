# random: shuffle, sample (pool and set methods, counts) and choices
import random

r = random.Random(8)
items = list(range(20))
r.shuffle(items)
print(items)
words = ['alpha', 'beta', 'gamma', 'delta']
r.shuffle(words)
print(words)
empty = []
r.shuffle(empty)
print(empty)

print(r.sample(range(10), 10))
print(r.sample('abcdefghij', 4))
print(r.sample(range(10**9), 6))          # huge population: set method
print(r.sample(range(100), 30))           # pool method
print(r.sample(range(2000), 12))
print(r.sample(('x', 'y', 'z'), 0))
print(r.sample(['red', 'blue'], counts=[4, 2], k=6))
print(r.sample(['a', 'b', 'c'], counts=[1, 0, 3], k=3))

print(r.choices('abc', k=8))
print(r.choices(range(5)))
print(r.choices(['win', 'lose'], [1, 9], k=10))
print(r.choices(['win', 'lose'], cum_weights=[3, 4], k=10))
print(r.choices('xyz', weights=[0.2, 0.5, 0.3], k=6))
print(r.choices('xyz', [1, 0, 0], k=4), r.choices('xyz', k=0))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: r.shuffle((1, 2, 3)))
show(lambda: r.sample({1, 2, 3}, 2))
show(lambda: r.sample({'a': 1}, 1))
show(lambda: r.sample([1, 2], 3))
show(lambda: r.sample([1, 2], -1))
show(lambda: r.sample([1, 2], 1, counts=[1]))
show(lambda: r.sample([1, 2], 1, counts=[1.0, 2.0]))
show(lambda: r.sample([1, 2], 1, counts=[0, 0]))
show(lambda: r.sample([1, 2], 5, counts=[1, 2]))
show(lambda: r.choices([], k=2))
show(lambda: r.choices('ab', [1]))
show(lambda: r.choices('ab', [0, 0]))
show(lambda: r.choices('ab', [1, float('inf')]))
show(lambda: r.choices('ab', 3))
show(lambda: r.choices('ab', [1, 1], cum_weights=[1, 2]))
show(lambda: r.choices('ab', ['x', 'y']))
