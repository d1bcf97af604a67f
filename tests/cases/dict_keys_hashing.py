# Keys: equal-hash different values, custom __eq__/__hash__, mutation of key objects, tuple keys.
class Key:
    def __init__(self, name, h):
        self.name, self.h = name, h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return "Key(%s)" % self.name
d = {Key("a", 1): "A", Key("b", 1): "B", Key("c", 2): "C"}
print(d[Key("a", 1)], d[Key("b", 1)], len(d), Key("a", 2) in d, Key("z", 1) in d)
grid = {(x, y): x * y for x in range(3) for y in range(3)}
print(grid[(2, 2)], grid[1, 2], len(grid), (5, 5) in grid)
d2 = {"": 0, None: 1, 0: 2, (): 3, frozenset(): 4, 0.5: 5, -1: 6, 2 ** 70: 7}
print(d2, d2[None], d2[2 ** 70], d2[False])
class EqCount:
    eqs = 0
    def __init__(self, v): self.v = v
    def __hash__(self): return 0
    def __eq__(self, o):
        EqCount.eqs += 1
        return self.v == o.v
e = {EqCount(i): i for i in range(5)}
print(e[EqCount(3)], EqCount.eqs > 0)
nan = float("nan")
dn = {nan: 1}
print(dn[nan], float("nan") in dn)
print({1: "a", 1.0: "b", True: "c"}, {"1": 1, 1: 2})
s = "key"
dd = {s: 1}
print(dd["k" + "ey"], dd.get("KEY".lower()))
