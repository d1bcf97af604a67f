# keys/values/items views: dynamic, set operations, membership, len, iteration.
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d["d"] = 4
print(list(k), list(v), list(i), len(k), len(v), len(i))
print("a" in k, 4 in v, ("a", 1) in i, ("a", 2) in i, "z" in k)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(i & {("a", 1), ("b", 0)}), k == {"a", "b", "c", "d"}, k.isdisjoint({"x"}))
print(type(k).__name__, type(v).__name__, type(i).__name__)
del d["a"]
print(list(k), list(i))
it = iter(k)
print(next(it))
print(list(reversed(k)), list(reversed(i)))
print({1: 2}.keys() == {1}, {1: 2}.values() == {1: 2}.values())
try:
    k[0]
except TypeError as e:
    print("TypeError:", e)
ks = d.keys()
print(sorted(ks), min(ks), max(d.values()), sum(d.values()))
for key, value in d.items():
    print(key, value, end="; ")
print()
print(dict(d.items()) == d, set(d.items()) == {("b", 2), ("c", 3), ("d", 4)})
print(k.mapping if hasattr(k, "mapping") else "no mapping")
