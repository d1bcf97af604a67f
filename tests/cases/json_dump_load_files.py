# json.dump/json.load with file objects, iterencode pieces, custom JSONDecoder/JSONEncoder subclasses.
import json
import os

class Collector:
    def __init__(self):
        self.chunks = []

    def write(self, s):
        self.chunks.append(s)

class Reader:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text

obj = {"a": [1, 2, {"b": None}], "c": "x", "d": [], "e": {}}
w = Collector()
json.dump(obj, w)
print(w.chunks)
print(''.join(w.chunks) == json.dumps(obj))
w = Collector()
json.dump(obj, w, indent=2, sort_keys=True)
print(w.chunks)
print(list(json.JSONEncoder().iterencode([[], {}, [1, [2]], "x", 3.5, None])))
print(list(json.JSONEncoder(indent=1).iterencode({"k": [True, False]})))
print(list(json.JSONEncoder().iterencode("top")), list(json.JSONEncoder().iterencode(7)))

w = Collector()
try:
    json.dump([1, 2, float("nan"), 3], w, allow_nan=False)
except ValueError as e:
    print("ValueError", e, w.chunks)

print(json.load(Reader('{"loaded": [1, 2, 3]}')))
print(json.load(Reader('[1.5, 2]'), parse_float=str))

path = "/tmp/baton_case_json_dump_load_files.json"
data = {"name": "caf\u00e9", "values": list(range(5)), "ok": True, "ratio": 0.75}
with open(path, "w", encoding="utf-8") as f:
    json.dump(data, f, ensure_ascii=False, indent=1)
with open(path, encoding="utf-8") as f:
    print(repr(f.read()))
with open(path, encoding="utf-8") as f:
    print(json.load(f) == data)
with open(path, "rb") as f:
    print(json.loads(f.read()))
os.remove(path)

class SetDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        if set(d) == {"__set__"}:
            return set(d["__set__"])
        return d

class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return {"__set__": sorted(o)}
        return json.JSONEncoder.default(self, o)

text = json.dumps({"s": {3, 1, 2}, "plain": {"x": 1}}, cls=SetEncoder)
print(text)
back = json.loads(text, cls=SetDecoder)
print(sorted(back["s"]), back["plain"])

class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()

print(json.dumps({"k": "v"}, cls=Upper))
print(json.__all__)
