"""A small stock-keeping module built on dataclasses."""
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from decimal import Decimal
from enum import Enum
from typing import List, Optional


class Category(Enum):
    TOOLS = "tools"
    PAINT = "paint"
    GARDEN = "garden"


@dataclass(frozen=True, order=True)
class SKU:
    prefix: str
    number: int

    def __str__(self):
        return f"{self.prefix}-{self.number:05d}"


@dataclass
class Item:
    sku: SKU
    name: str
    category: Category
    price: Decimal
    qty: int = 0
    tags: List[str] = field(default_factory=list)
    supplier: Optional[str] = field(default=None, repr=False, compare=False)

    def __post_init__(self):
        if self.qty < 0:
            raise ValueError(f"negative quantity for {self.name}: {self.qty}")
        self.price = Decimal(self.price).quantize(Decimal("0.01"))

    @property
    def value(self):
        return self.price * self.qty


class OutOfStock(Exception):
    pass


@dataclass
class Inventory:
    items: dict = field(default_factory=dict)
    log: list = field(default_factory=list)

    def add(self, item):
        if item.sku in self.items:
            raise KeyError(f"duplicate sku {item.sku}")
        self.items[item.sku] = item
        self.log.append(("add", str(item.sku), item.qty))

    def take(self, sku, n):
        item = self.items[sku]
        if item.qty < n:
            raise OutOfStock(f"{item.name}: wanted {n}, have {item.qty}")
        item.qty -= n
        self.log.append(("take", str(sku), n))
        return item

    def by_category(self):
        out = {}
        for item in sorted(self.items.values(), key=lambda i: i.sku):
            out.setdefault(item.category.value, []).append(item.name)
        return out

    def total_value(self):
        return sum((i.value for i in self.items.values()), Decimal("0"))


def main():
    inv = Inventory()
    inv.add(Item(SKU("TL", 12), "hammer", Category.TOOLS, "12.5", 10, ["steel"], supplier="Acme"))
    inv.add(Item(SKU("TL", 3), "screwdriver", Category.TOOLS, Decimal("4.999"), 25))
    inv.add(Item(SKU("PT", 7), "white paint 1L", Category.PAINT, "8.10", 4, ["indoor", "matte"]))
    inv.add(Item(SKU("GD", 1), "rake", Category.GARDEN, 15, 2))
    hammer = inv.items[SKU("TL", 12)]
    print(hammer)
    print(str(hammer.sku), hammer.value, repr(hammer.price))
    print(asdict(hammer)["sku"], astuple(SKU("AB", 1)))
    print([f.name for f in fields(Item)])
    print(sorted(inv.items)[:2])
    print("by category:", inv.by_category())
    print("total value:", inv.total_value())
    inv.take(SKU("TL", 3), 5)
    try:
        inv.take(SKU("GD", 1), 3)
    except OutOfStock as e:
        print("OutOfStock:", e)
    try:
        inv.add(Item(SKU("GD", 1), "rake2", Category.GARDEN, 1))
    except KeyError as e:
        print("KeyError:", e)
    try:
        Item(SKU("X", 0), "ghost", Category.TOOLS, 1, -1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        hammer.sku.number = 99
    except FrozenInstanceError as e:
        print("FrozenInstanceError:", e)
    clone = replace(hammer, qty=0, supplier="Other")
    print("clone equal?", clone == replace(hammer, qty=0), clone.supplier, hammer.qty)
    print("sku order:", SKU("TL", 3) < SKU("TL", 12), max(inv.items))
    print("hash equal:", hash(SKU("PT", 7)) == hash(SKU("PT", 7)))
    print("log:", inv.log)
    print("cheap:", [i.name for i in inv.items.values() if i.price < 10])
    print(Category("paint"), Category.GARDEN.name, [c.value for c in Category])


main()
