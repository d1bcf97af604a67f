# id and hash: identity semantics and hash consistency (no raw values printed).
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__, id(a) > 0 if False else True)
print(hash(1) == 1, hash(0), hash(-5), hash(True), hash(1.0) == hash(1), hash(2.5) == hash(2.5))
print(hash(-1) == hash(-2), hash(10 ** 5), hash(0.0) == hash(-0.0) == 0)
print(hash("abc") == hash("ab" + "c"), hash((1, "a")) == hash((1, "a")), hash(()) == hash(()))
print(hash(None) == hash(None), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for unhashable in ([], {}, set(), bytearray()):
    try:
        hash(unhashable)
    except TypeError as e:
        print("TypeError:", e)
try:
    hash(([1],))
except TypeError as e:
    print("TypeError:", e)
class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, P) and self.x == o.x
    def __hash__(self): return hash(self.x)
print(hash(P(5)) == hash(5), len({P(1), P(1), P(2)}), P(3) in {P(3)})
class NoHash:
    def __eq__(self, o): return True
print(NoHash.__hash__ is None)
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
class Plain: pass
p = Plain()
print(hash(p) == hash(p), p in {p}, {p: 1}[p])
class BigHash:
    def __hash__(self): return 10 ** 30
print(type(hash(BigHash())).__name__)
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
x = 1000
y = x
print(x is y, id(x) == id(y))
