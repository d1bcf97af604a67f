# copy.copy and copy.deepcopy: containers, cycles, memo, atomic objects.
import copy

data = {"a": [1, 2, [3, 4]], "b": (5, [6]), "c": {7, 8}}
sh = copy.copy(data)
dp = copy.deepcopy(data)
print(sh == data, sh is data, sh["a"] is data["a"])
print(dp == data, dp["a"] is data["a"], dp["a"][2] is data["a"][2], dp["b"][1] is data["b"][1])

t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)

for obj in (None, 1, 2.5, "s", b"b", range(3), len, int, frozenset({1})):
    print(type(obj).__name__, copy.copy(obj) is obj)

cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2[1] is cyc)

d = {}
d["self"] = d
d2 = copy.deepcopy(d)
print(d2["self"] is d2)

shared = [0]
pair = [shared, shared]
p2 = copy.deepcopy(pair)
print(p2[0] is p2[1], p2[0] is shared)

memo = {}
x = [1, 2]
y = copy.deepcopy(x, memo)
print(memo[id(x)] is y, y)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

pts = [Point(1, [2]), Point(3, [4])]
pc = copy.copy(pts[0])
pd = copy.deepcopy(pts)
print(pc, pc.y is pts[0].y, pd, pd[0].y is pts[0].y)

ba = bytearray(b"xy")
print(copy.copy(ba), copy.copy(ba) is ba)
s = {1, 2}
print(copy.copy(s), copy.copy(s) is s)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
