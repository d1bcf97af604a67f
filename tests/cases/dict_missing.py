# dict subclasses: __missing__, overriding __getitem__, defaultdict-like behaviour, Counter-like.
class Default(dict):
    def __missing__(self, key):
        value = self[key] = len(self)
        return value
d = Default()
print(d["a"], d["b"], d["a"], d, d.get("zz"), "zz" in d)
class Lower(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
l = Lower()
l["KEY"] = 1
print(l["key"], l["Key"], dict(l), isinstance(l, dict), type(l).__name__)
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
class Attr(dict):
    __getattr__ = dict.__getitem__
a = Attr(x=1)
print(a.x, a["x"])
try:
    Default.__missing__
    print(dict().get("k", "dflt"))
    {}["k"]
except KeyError as e:
    print("KeyError:", e)
nested = {}
nested.setdefault("a", {}).setdefault("b", {})["c"] = 1
print(nested)
