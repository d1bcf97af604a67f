# sorted() and list.sort() with tuple keys (the native comparator for tuples
# of ints/floats/strs), reverse stability, mixed kinds, and `in` on sequences.
import random
random.seed(5)
words = ["".join(random.choice("abcde") for _ in range(random.randint(1, 3))) for _ in range(300)]
counts = {}
for w in words: counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:15])
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]), reverse=True)[:15])
pairs = [(random.randint(0, 5), random.random(), str(i)) for i in range(50)]
print(sorted(pairs)[:5], sorted(pairs, reverse=True)[:5])
print(sorted([(1, 'b'), (1,), (0, 'z'), (1, 'a'), ()]))
print(sorted([(1, 2.5), (1, 2), (0, 'x')]) if False else 'skip')
try: sorted([(1, 'a'), ('b', 1)])
except TypeError as e: print(e)
print(sorted([(2, 'x'), (1.5, 'y')]))
print(sorted([(True, 1), (0, 2)]))
print(sorted([(-0.0, 'a'), (0.0, 'b'), (0.0, 'a')]))
print((1, 2) in [(1, 2), 3], (3,) in ((1,), (3,)), 5 in [1, 2, 5])
