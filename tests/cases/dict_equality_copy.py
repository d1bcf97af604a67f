# dict equality ignores order; copies are shallow; nested copies; comparing views.
a = {"x": 1, "y": [1, 2]}
b = {"y": [1, 2], "x": 1}
print(a == b, list(a) == list(b), a.items() == b.items())
c = a.copy()
c["y"].append(3)
c["x"] = 99
print(a, c)
deep = {k: (v[:] if isinstance(v, list) else v) for k, v in a.items()}
deep["y"].append(4)
print(a, deep)
print(dict(a) == a, dict(a) is a, {} == dict(), {1: 1} == {1: 1.0}, {1: 2} == {1: 2, 3: 4})
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print("TypeError:", e)
class D(dict):
    pass
print(D(a=1) == {"a": 1}, type(D(a=1).copy()).__name__)
import copy
x = {"k": [1, {"n": 2}]}
y = copy.deepcopy(x)
y["k"][1]["n"] = 3
print(x, y, copy.copy(x)["k"] is x["k"])
