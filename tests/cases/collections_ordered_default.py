# collections.OrderedDict (move_to_end, popitem, order-sensitive equality) and defaultdict.
from collections import OrderedDict, defaultdict

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), list(od.keys()), list(od.values()))
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od, od.keys(), od.items(), od.values())
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
o1 = OrderedDict([("x", 1), ("y", 2)])
o2 = OrderedDict([("y", 2), ("x", 1)])
print(o1 == o2, dict(o1) == dict(o2), o1 == {"y": 2, "x": 1}, list(reversed(o1)))
print(OrderedDict.fromkeys("abc", 0), o1 | {"z": 3}, type(o1.copy()).__name__)
print(OrderedDict(), repr(OrderedDict(a=1)))

class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap
    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)
        if len(self) > self.cap:
            oldest = next(iter(self))
            del self[oldest]
lru = LRU(2)
lru["a"] = 1
lru["b"] = 2
lru["a"]
lru["c"] = 3
print(list(lru.items()))

dd = defaultdict(list)
for k, v in [("x", 1), ("y", 2), ("x", 3)]:
    dd[k].append(v)
print(dd, dd["new"], sorted(dd))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items())[:4], counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 2
print(nested["a"]["b"], dict(nested["a"]))
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e)
print(defaultdict(set, {"s": {1}}), "missing" in plain, dd.get("zzz"), "zzz" in dd)
cp = dd.copy()
print(type(cp).__name__, cp.default_factory is list, cp == dd)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(dd, dict), defaultdict(int, a=1) | {"b": 2})
