# json.dumps options: ensure_ascii, allow_nan, skipkeys, default, cls, check_circular, errors.
import json

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = 'quote" back\\ nl\n tab\t cr\r bs\b ff\f nul\x00 us\x1f del\x7f é ß € 😀 中'
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps({"é": ["ü"]}, ensure_ascii=False))

show(lambda: json.dumps(float("nan"), allow_nan=False))
show(lambda: json.dumps([1.0, float("inf")], allow_nan=False))
show(lambda: json.dumps([float("-inf")], allow_nan=False, indent=1))
show(lambda: json.dumps({float("nan"): 1}, allow_nan=False))

show(lambda: json.dumps({(1, 2): "tuple key"}))
show(lambda: json.dumps({b"k": 1}))
show(lambda: json.dumps({(1, 2): 1, "ok": 2, b"k": 3}, skipkeys=True))
show(lambda: json.dumps(object()))
show(lambda: json.dumps({"s": {1, 2}}))
show(lambda: json.dumps(b"bytes"))
show(lambda: json.dumps(1 + 2j))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def encode_point(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("cannot encode " + type(o).__name__)

print(json.dumps([Point(1, 2), {3, 1, 2}], default=encode_point))
show(lambda: json.dumps([Point(1, 2), object()], default=encode_point))

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)

print(json.dumps({"p": Point(3, 4)}, cls=PointEncoder))
print(PointEncoder(indent=1).encode([Point(5, 6)]))
show(lambda: json.dumps(Point, cls=PointEncoder))

a = [1, 2]
a.append(a)
show(lambda: json.dumps(a))
d = {"k": 1}
d["self"] = d
show(lambda: json.dumps(d, indent=2))
show(lambda: json.dumps([Point(0, 0)], default=lambda o: [o]))
shared = [1]
print(json.dumps([shared, shared, {"s": shared}]))

enc = json.JSONEncoder(sort_keys=True, indent=3)
print(enc.item_separator == ",", enc.key_separator, enc.indent, enc.sort_keys, enc.skipkeys,
      enc.ensure_ascii, enc.check_circular, enc.allow_nan)
print(json.JSONEncoder().item_separator, json.JSONEncoder(separators=(";", "=")).key_separator)
print(enc.encode("just a string"), json.JSONEncoder(ensure_ascii=False).encode("é"))
show(lambda: json.dumps({1: 1, "a": 2}, sort_keys=True))
