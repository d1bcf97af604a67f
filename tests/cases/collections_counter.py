# collections.Counter: counting, most_common, arithmetic, comparisons, elements, update/subtract.
from collections import Counter

c = Counter("abracadabra")
print(c)
print(c.most_common(2), c.most_common()[-1], c["z"], c.total(), len(c))
print(sorted(c.elements()))
words = "the cat and the hat and the bat".split()
wc = Counter(words)
print(wc.most_common(3), wc["the"])

c.update("aaz")
c.update({"b": 10})
print(c)
c.subtract("aaaa")
c.subtract(z=5)
print(c)
print(+c, -c)

x = Counter(a=3, b=1, c=0)
y = Counter(a=1, b=2, d=4)
print(x + y, x - y, x | y, x & y)
x += Counter(b=5)
print(x)
x -= Counter(a=10)
print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=2) > Counter(a=1), Counter(a=1) < Counter(a=1))
del x["b"]
del x["nothing"]
print(x, Counter(), repr(Counter(cat=2)))
print(dict(Counter([1, 1, 2])), Counter({"k": 3}), Counter(k=4, j=1).most_common(1))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(isinstance(c, dict), type(c.copy()).__name__, c.copy() == c)
inventory = Counter(apples=5, pears=2)
inventory["apples"] -= 5
inventory["plums"] += 3
print(inventory, sorted(inventory), +inventory)
print(sum(Counter("hello").values()), Counter("hello").most_common(0), Counter("aab").most_common(-1))
print(Counter("mississippi").most_common())
