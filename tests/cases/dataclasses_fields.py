# dataclasses: fields(), asdict/astuple, replace, InitVar and __post_init__, ClassVar, KW_ONLY, make_dataclass, errors.
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         make_dataclass, InitVar, KW_ONLY, MISSING)
from typing import ClassVar, List

@dataclass
class Item:
    name: str
    price: float = 1.0
    tags: List[str] = field(default_factory=list, metadata={"unit": "none"})
    registry: ClassVar[int] = 0

i = Item("pen", 2.5, ["office"])
print([(f.name, f.type, f.default is MISSING) for f in fields(Item)])
print(fields(i)[2].metadata["unit"], fields(Item)[1].default, Item.registry)
print(asdict(i), astuple(i))
print(replace(i, price=3.0), i.price, is_dataclass(Item), is_dataclass(i), is_dataclass(int))

@dataclass
class Order:
    items: List[Item]
    notes: dict
o = Order([Item("a"), Item("b", 2)], {"k": (Item("c"),)})
print(asdict(o))
print(astuple(o))

@dataclass
class Rect:
    w: int
    h: int
    scale: InitVar[int] = 1
    area: int = field(init=False)
    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h
r = Rect(2, 3, 10)
print(r, replace(r, w=1, scale=2), [f.name for f in fields(Rect)])

@dataclass
class Conn:
    host: str
    _: KW_ONLY
    port: int = 80
    tls: bool = False
print(Conn("x", port=443), Conn.__match_args__)
try:
    Conn("x", 443)
except TypeError:
    print("port is keyword-only")

P = make_dataclass("P", [("x", int), "z", ("y", int, field(default=5))], namespace={"norm": lambda self: self.x + self.y})
print(P(1, z=0), P(1, 2, 3).norm(), [f.name for f in fields(P)], fields(P)[1].type)

for make in (lambda: dataclass(type("Bad", (), {"__annotations__": {"x": list}, "x": []})),):
    try:
        make()
    except ValueError as e:
        print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)
try:
    asdict(5)
except TypeError as e:
    print("TypeError:", e)
try:
    replace(r, area=5)
except ValueError as e:
    print("ValueError:", e)
