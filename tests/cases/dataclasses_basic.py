# dataclasses: generated __init__/__repr__/__eq__, defaults, field(), order, frozen, hashing.
from dataclasses import dataclass, field, FrozenInstanceError

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 1), p == (1, 2), Point.__doc__)
p.x = 10
print(p, Point.__hash__, Point.__match_args__)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)

vs = [Version(1, 2), Version(1, 0, "rc"), Version(0, 9)]
print(sorted(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1, 0, "a") == Version(1, 0, "b"))
print(hash(Version(1, 2)) == hash(Version(1, 2, "x")), len({Version(1), Version(1), Version(2)}))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del vs[0].minor
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)

@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", init=False)
    def add(self, item):
        self.items.append(item)
        self.count += 1

a, b = Inventory("a"), Inventory("b")
a.add("apple")
print(a, b, a.items is b.items, a.secret)

@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1), Ident(1).__hash__ is not None)

@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: int = field(hash=False)
print(hash(Key(1, 2)) == hash(Key(1, 3)), Key(1, 2) == Key(1, 3))

@dataclass
class Custom:
    v: int
    def __repr__(self):
        return f"Custom<{self.v}>"
    def __eq__(self, other):
        return True
print(Custom(1), Custom(1) == Custom(2))

@dataclass
class Tree:
    val: int
    kids: list = field(default_factory=list)
t = Tree(1, [Tree(2)])
t.kids.append(t)
print(t)
