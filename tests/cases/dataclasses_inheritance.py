# dataclasses: inheritance of fields, overriding defaults, frozen rules, slots, custom methods kept.
from dataclasses import dataclass, field, fields

@dataclass
class Base:
    x: int
    y: int = 1
    def total(self):
        return self.x + self.y

@dataclass
class Child(Base):
    z: int = 2
    y: int = 10

c = Child(5)
print(c, c.total(), [f.name for f in fields(Child)], Child(1, 2, 3))

@dataclass
class GrandChild(Child):
    w: list = field(default_factory=lambda: ["w"])
print(GrandChild(0), GrandChild(1, 2, 3, [4]) == GrandChild(1, 2, 3, [4]))
print(Base(1) == Child(1, 1), isinstance(c, Base))

@dataclass(frozen=True)
class FrozenBase:
    a: int
try:
    @dataclass
    class Thawed(FrozenBase):
        b: int = 0
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(frozen=True)
    class Refrozen(Base):
        q: int = 0
except TypeError as e:
    print("TypeError:", e)

@dataclass(frozen=True)
class FrozenChild(FrozenBase):
    b: int = 0
fc = FrozenChild(1, 2)
print(fc, hash(fc) == hash(FrozenChild(1, 2)))

@dataclass(slots=True)
class Slim:
    a: int
    b: str = "s"
s = Slim(1)
print(s, Slim.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError:
    print("no new attributes on slotted dataclass")

@dataclass
class Counter:
    n: int = 0
    def __post_init__(self):
        self.n += 100
@dataclass
class SubCounter(Counter):
    m: int = 0
    def __post_init__(self):
        super().__post_init__()
        self.m = self.n * 2
print(Counter(), SubCounter(1))

@dataclass
class Node:
    name: str
    parent: "Node" = None
root = Node("root")
print(Node("leaf", root), fields(Node)[1].type)
