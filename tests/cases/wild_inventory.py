"""A small inventory with dataclasses, enums, JSON round trips and a report."""
import json
from dataclasses import dataclass, field, asdict, replace
from enum import Enum
from functools import total_ordering
from typing import List, Optional


class Category(Enum):
    TOOL = "tool"
    PART = "part"
    CONSUMABLE = "consumable"


@total_ordering
@dataclass
class Item:
    sku: str
    name: str
    category: Category
    qty: int = 0
    price_cents: int = 0
    tags: List[str] = field(default_factory=list)
    supplier: Optional[str] = None

    @property
    def value_cents(self):
        return self.qty * self.price_cents

    def __lt__(self, other):
        return (self.category.value, self.sku) < (other.category.value, other.sku)


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, item):
        if item.sku in self.items:
            raise KeyError(f"duplicate sku {item.sku!r}")
        self.items[item.sku] = item

    def restock(self, sku, n):
        self.items[sku] = replace(self.items[sku], qty=self.items[sku].qty + n)

    def take(self, sku, n):
        item = self.items[sku]
        if n > item.qty:
            raise ValueError(f"only {item.qty} of {item.name} left")
        item.qty -= n

    def to_json(self):
        def enc(o):
            if isinstance(o, Category):
                return o.value
            raise TypeError(type(o).__name__)
        return json.dumps([asdict(i) for i in sorted(self.items.values())], default=enc, indent=1)

    @classmethod
    def from_json(cls, text):
        inv = cls()
        for d in json.loads(text):
            d["category"] = Category(d["category"])
            inv.add(Item(**d))
        return inv

    def report(self):
        lines = []
        for cat in Category:
            items = sorted(i for i in self.items.values() if i.category is cat)
            total = sum(i.value_cents for i in items)
            lines.append(f"{cat.name.title():<11} {len(items):>2} items {total / 100:>9,.2f}")
        return "\n".join(lines)


inv = Inventory()
inv.add(Item("T-100", "Hammer", Category.TOOL, 5, 1599, ["hand"]))
inv.add(Item("P-200", "Hinge", Category.PART, 120, 85, supplier="Acme"))
inv.add(Item("C-300", "Glue", Category.CONSUMABLE, 30, 450, ["adhesive", "liquid"]))
inv.add(Item("T-101", "Saw", Category.TOOL, 2, 2999))
try:
    inv.add(Item("T-100", "Other", Category.TOOL))
except KeyError as e:
    print("error:", e)
inv.restock("T-101", 3)
inv.take("P-200", 20)
try:
    inv.take("T-100", 99)
except ValueError as e:
    print("error:", e)
print(inv.report())
text = inv.to_json()
print(text[:160])
again = Inventory.from_json(text)
print(again.items == inv.items, again.items["C-300"])
print(sorted(inv.items.values())[0].name, max(inv.items.values()).name)
