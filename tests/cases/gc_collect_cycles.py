# gc.collect() returns how many unreachable objects it found in simple cycles.
import gc
gc.disable()
gc.collect()
a = []
a.append(a)
del a
print("self-referencing list:", gc.collect())
a = []
b = [a]
a.append(b)
del a, b
print("two lists:", gc.collect())
d = {}
d["self"] = d
del d
print("self-referencing dict:", gc.collect())
class Node:
    pass
x = Node()
y = Node()
x.other = y
y.other = x
del x, y
print("two instances:", gc.collect())
ring = [[] for _ in range(10)]
for i in range(10):
    ring[i].append(ring[(i + 1) % 10])
del ring
print("ring of ten lists:", gc.collect())
print("nothing left:", gc.collect())
kept = []
kept.append(kept)
print("reachable cycle is not collected:", gc.collect(), len(kept))
t = ([],)
t[0].append(t)
del t
print("tuple-list cycle:", gc.collect())
gc.enable()
