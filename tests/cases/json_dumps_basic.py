# json.dumps: scalars, float repr, nesting, key coercion, separators, indent, sort_keys.
import json

for v in [None, True, False, 0, -17, 10**25, 1.0, 0.1, -0.0, 1e16, 1.5e-7, 123456789.125,
          float('nan'), float('inf'), float('-inf'), "", "abc", [], {}, (), [1, [2, [3]]]]:
    print(json.dumps(v))

print(json.dumps({"a": 1, "b": [1, 2.5, None], "c": {"d": "e"}}))
print(json.dumps([1, (2, 3), {"x": ()}]))
# Non-str keys are coerced: int, float, bool, None.
print(json.dumps({1: "int", 2.5: "float", True: "t", False: "f", None: "n", 10**20: "big"}))
print(json.dumps({1.0: 1, -0.0: 2, float("inf"): 3}))

data = {"name": "Ann", "tags": ["x", "y"], "empty_list": [], "empty_obj": {},
        "nested": {"k": [1, {"z": None}]}, "n": 3}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, indent=0))
print(repr(json.dumps([1, [2]], indent=-1)))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, separators=(" ,", " = "), sort_keys=True))
print(json.dumps([1, 2], indent=2, separators=(", ", ": ")))
print(json.dumps({"b": 1, "a": 2, "c": {"y": 1, "x": 2}}, sort_keys=True))

class MyInt(int):
    def __repr__(self):
        return "MyInt!"

class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"

class MyDict(dict):
    pass

class MyList(list):
    pass

class MyStr(str):
    pass

print(json.dumps([MyInt(5), MyFloat(2.5), MyDict(a=1), MyList([1, 2]), MyStr("s")]))
print(json.dumps({MyInt(3): MyStr("v")}))

import enum

class Color(enum.IntEnum):
    RED = 1

print(json.dumps({"c": Color.RED, Color.RED: [Color.RED]}))
print(json.dumps("x" * 3 + "\u00e9"))
