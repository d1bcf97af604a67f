# dict methods: get, setdefault, pop, popitem, update, keys/values/items, copy, clear, fromkeys.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
d.update({"x": 9}, y=10)
d.update([("z", 11)])
print(d, len(d))
print(d.popitem(), d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
c = d.copy()
c["new"] = 1
print(d, c, c is not d)
c.clear()
print(c)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys([]))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
print("a" in d, "zz" in d, 1 in d, "a" not in d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
d2 = {}
d2[1] = "int"
d2[1.0] = "float"
d2[True] = "bool"
print(d2)
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"}, {1: 2} != {1: 3})
d3 = {"k": 1}
d3 |= {"j": 2}
print(d3, {"a": 1} | {"a": 2}, dict(sorted({"b": 1, "a": 2}.items())))
print(d3.__len__(), list(reversed(d3)), list(reversed(d3.values())))
