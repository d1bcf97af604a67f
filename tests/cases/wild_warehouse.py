"""A dataclass-based warehouse inventory with reorder rules and a stock ledger."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field, InitVar, asdict, replace, astuple, fields
from decimal import Decimal
from typing import ClassVar, Optional
import itertools


@dataclass(frozen=True, order=True)
class SKU:
    category: str
    number: int

    def __str__(self):
        return f"{self.category.upper()}-{self.number:05d}"

    @classmethod
    def parse(cls, text):
        cat, _, num = text.partition("-")
        if not num.isdigit():
            raise ValueError(f"bad SKU {text!r}")
        return cls(cat.lower(), int(num))


@dataclass
class Item:
    sku: SKU
    name: str
    unit_price: Decimal
    quantity: int = 0
    reorder_level: int = 5
    tags: list[str] = field(default_factory=list)
    location: Optional[str] = field(default=None, compare=False)
    _ids: ClassVar = itertools.count(1)
    id: int = field(init=False, repr=False)

    def __post_init__(self):
        if self.quantity < 0:
            raise ValueError(f"{self.name}: negative quantity {self.quantity}")
        self.unit_price = Decimal(self.unit_price)
        self.id = next(Item._ids)

    @property
    def value(self) -> Decimal:
        return self.unit_price * self.quantity

    @property
    def needs_reorder(self) -> bool:
        return self.quantity <= self.reorder_level


@dataclass
class Movement:
    sku: SKU
    delta: int
    reason: str
    seq: int = field(default_factory=itertools.count(1).__next__)


@dataclass
class Warehouse:
    name: str
    items: dict = field(default_factory=dict)
    ledger: list = field(default_factory=list, repr=False)
    currency: InitVar[str] = "EUR"

    def __post_init__(self, currency):
        self.symbol = {"EUR": "€", "USD": "$"}.get(currency, currency)

    def add(self, item: Item):
        if item.sku in self.items:
            raise KeyError(f"duplicate {item.sku}")
        self.items[item.sku] = item
        self.ledger.append(Movement(item.sku, item.quantity, "initial"))

    def move(self, sku, delta, reason):
        item = self.items[sku]
        if item.quantity + delta < 0:
            raise ValueError(f"cannot remove {-delta} of {item.name}: only {item.quantity} left")
        item.quantity += delta
        self.ledger.append(Movement(sku, delta, reason))

    def total_value(self):
        return sum((i.value for i in self.items.values()), Decimal("0"))

    def reorder_list(self):
        return sorted((i for i in self.items.values() if i.needs_reorder),
                      key=lambda i: (i.quantity - i.reorder_level, i.sku))

    def report(self):
        print(f"== {self.name} ==")
        for sku in sorted(self.items):
            i = self.items[sku]
            flag = " !" if i.needs_reorder else ""
            print(f"{str(sku):<10} {i.name:<16} {i.quantity:>4} x {i.unit_price:>7} "
                  f"= {self.symbol}{i.value:>9.2f}{flag}")
        print(f"{'total':<38}{self.symbol}{self.total_value():>9.2f}")


def main():
    wh = Warehouse("Main St.", currency="EUR")
    wh.add(Item(SKU("tool", 12), "Hammer", "12.50", 14, tags=["hand"]))
    wh.add(Item(SKU("tool", 7), "Screwdriver set", "24.99", 3, reorder_level=4))
    wh.add(Item(SKU.parse("FAST-00100"), "Wood screws 4x40", Decimal("0.05"), 2500, 500))
    wh.add(Item(SKU("paint", 3), "Primer 1L", "9.90", 6, location="B2"))
    wh.report()

    wh.move(SKU("tool", 12), -10, "sale #881")
    wh.move(SKU.parse("paint-3"), +12, "delivery")
    for attempt in (lambda: wh.move(SKU("tool", 7), -5, "sale #882"),
                    lambda: wh.add(Item(SKU("tool", 7), "dup", "1")),
                    lambda: Item(SKU("x", 1), "Broken", "1", -1),
                    lambda: SKU.parse("nope")):
        try:
            attempt()
        except (ValueError, KeyError) as exc:
            print(f"{type(exc).__name__}: {exc}")
    wh.report()
    print("reorder:", [(str(i.sku), i.quantity) for i in wh.reorder_list()])

    hammer = wh.items[SKU("tool", 12)]
    print(hammer)
    print(asdict(hammer)["sku"], astuple(SKU("a", 1)), hammer.id)
    clone = replace(hammer, quantity=99, location="A1")
    print(clone == hammer, clone.quantity, clone.id != hammer.id,
          replace(hammer, location="Z9") == hammer)
    print([f.name for f in fields(Item)])
    print(sorted(wh.items)[:2], SKU("a", 2) < SKU("b", 1), SKU("a", 1) in wh.items)
    try:
        hammer.sku.number = 5
    except dataclasses.FrozenInstanceError as exc:
        print("FrozenInstanceError:", exc)
    print(hash(SKU("tool", 12)) == hash(SKU("tool", 12)), len({SKU("a", 1), SKU("a", 1)}))
    print(wh)
    for m in wh.ledger:
        print(f"  #{m.seq} {str(m.sku):<10} {m.delta:+6d} {m.reason}")
    print(dataclasses.is_dataclass(wh), dataclasses.is_dataclass(Warehouse), type(wh.items[SKU("tool", 7)].unit_price).__name__)


if __name__ == "__main__":
    main()
