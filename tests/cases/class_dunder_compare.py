# Rich comparisons: reflection, defaults, __eq__ implying __ne__, sorting with __lt__.
class Ver:
    def __init__(self, s): self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self): return "Ver(%s)" % ".".join(map(str, self.parts))
    def __eq__(self, o): return isinstance(o, Ver) and self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __le__(self, o): return self.parts <= o.parts
    def __hash__(self): return hash(self.parts)
vs = [Ver("1.10"), Ver("1.2"), Ver("1.2.1"), Ver("0.9")]
print(sorted(vs), max(vs), min(vs))
print(Ver("1.0") == Ver("1.0"), Ver("1.0") != Ver("1.0"), Ver("1.0") != Ver("2.0"))
print(Ver("2.0") > Ver("1.0"), Ver("2.0") >= Ver("2.0"), Ver("1.0") == "1.0")
class Logged:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        print(f"eq({self.n}, {getattr(o, 'n', o)})")
        return NotImplemented
    def __lt__(self, o):
        print(f"lt({self.n}, {getattr(o, 'n', o)})")
        return NotImplemented
    def __gt__(self, o):
        print(f"gt({self.n}, {getattr(o, 'n', o)})")
        return NotImplemented
print(Logged(1) == Logged(2))
x = Logged(3)
print(x == x)
try:
    Logged(1) < Logged(2)
except TypeError as e:
    print("TypeError:", e)
class Plain: pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q)
try:
    p < q
except TypeError as e:
    print("TypeError:", e)
class Sub(Ver):
    def __eq__(self, o):
        return "Sub.__eq__ called first"
print(Ver("1") == Sub("1"), Sub("1") == Ver("1"))
class Everything:
    def __lt__(self, o): return "lt"
    def __gt__(self, o): return "gt"
print(Everything() < 1, 1 < Everything(), 1 > Everything())
print(sorted([3, 1, 2], key=Ver.__repr__ if False else None))
