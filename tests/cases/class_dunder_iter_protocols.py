# Classes that support iteration, unpacking, membership and len, used with builtins.
class Vector:
    def __init__(self, *xs): self.xs = list(xs)
    def __iter__(self): return iter(self.xs)
    def __len__(self): return len(self.xs)
    def __getitem__(self, i): return self.xs[i]
    def __repr__(self): return f"Vector{tuple(self.xs)}"
    def __eq__(self, o): return list(self) == list(o)
    def __bool__(self): return any(self.xs)
v = Vector(3, 1, 2)
a, b, c = v
print(a, b, c, list(v), sorted(v), max(v), sum(v), len(v), 2 in v, v[1:], v[-1])
print(dict(zip("abc", v)), list(enumerate(v)), tuple(reversed(v)), set(v) == {1, 2, 3})
print(bool(Vector(0, 0)), bool(v), v == [3, 1, 2], v == Vector(3, 1, 2))
print("-".join(map(str, v)), [x * 2 for x in v], list(map(lambda x: x + 1, v)), list(filter(None, Vector(0, 1))))
print(*v, sep=", ")
print(min(Vector(5, 4), key=lambda x: -x), any(Vector(0, 0)), all(Vector(1, 2)))
