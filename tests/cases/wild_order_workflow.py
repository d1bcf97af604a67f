"""Order workflow engine: events processed with match, a coroutine auditor, ABCs and copies."""
import abc
import copy
import weakref
from collections import ChainMap
from string import Template
from typing import NamedTuple


class Event(NamedTuple):
    kind: str
    order: int
    data: dict = {}


class Notifier(abc.ABC):
    @abc.abstractmethod
    def send(self, to, text): ...

    def broadcast(self, people, text):
        return [self.send(p, text) for p in sorted(people)]


class MemoryNotifier(Notifier):
    def __init__(self):
        self.outbox = []

    def send(self, to, text):
        self.outbox.append((to, text))
        return len(self.outbox)


class Order:
    __slots__ = ("id", "lines", "state", "__weakref__")

    def __init__(self, oid):
        self.id, self.lines, self.state = oid, {}, "new"

    def total(self):
        return sum(q * p for q, p in self.lines.values())

    def __repr__(self):
        return f"<Order {self.id} {self.state} {dict(sorted(self.lines.items()))}>"


class IllegalTransition(Exception):
    pass


def auditor():
    """Coroutine: receives (order_id, old, new), yields running count of transitions."""
    seen = []
    count = 0
    try:
        while True:
            item = yield count
            if item is None:
                continue
            seen.append(item)
            count += 1
    except GeneratorExit:
        print(f"auditor closed after {count} transitions; last={seen[-1] if seen else None}")


TEMPLATES = ChainMap({"shipped": Template("Order $id shipped via $carrier")},
                     {"shipped": Template("Order $id shipped"), "cancelled": Template("Order $id cancelled: $$${refund} refunded")})


def apply(orders, ev, audit, notifier):
    order = orders.setdefault(ev.order, Order(ev.order))
    old = order.state
    match ev:
        case Event("add", _, {"sku": str(sku), "qty": int(q), "price": p}) if order.state == "new":
            prev = order.lines.get(sku, (0, p))[0]
            order.lines[sku] = (prev + q, p)
        case Event("remove", _, {"sku": sku}) if sku in order.lines:
            del order.lines[sku]
        case Event("pay", _, {"amount": amt}) if order.state == "new" and amt == order.total():
            order.state = "paid"
        case Event("pay", _, {"amount": amt}):
            raise IllegalTransition(f"order {order.id}: payment {amt} != {order.total()} or state {order.state}")
        case Event("ship", _, data) if order.state == "paid":
            order.state = "shipped"
            notifier.send("customer", TEMPLATES["shipped"].safe_substitute(id=order.id, **data))
        case Event(kind="cancel") if order.state in ("new", "paid"):
            refund = order.total() if order.state == "paid" else 0
            order.state = "cancelled"
            notifier.send("customer", TEMPLATES["cancelled"].substitute(id=order.id, refund=refund))
        case Event(kind=k):
            raise IllegalTransition(f"order {order.id}: cannot {k} when {order.state}")
    if order.state != old:
        n = audit.send((order.id, old, order.state))
        print(f"  [{n}] order {order.id}: {old} -> {order.state}")


def main():
    events = [
        Event("add", 1, {"sku": "pen", "qty": 2, "price": 3}),
        Event("add", 1, {"sku": "ink", "qty": 1, "price": 7}),
        Event("add", 1, {"sku": "pen", "qty": 1, "price": 3}),
        Event("add", 2, {"sku": "pad", "qty": 4, "price": 2}),
        Event("pay", 1, {"amount": 16}),
        Event("pay", 2, {"amount": 5}),
        Event("remove", 2, {"sku": "pad"}),
        Event("ship", 1, {"carrier": "PostCo"}),
        Event("ship", 2),
        Event("cancel", 2),
        Event("add", 1, {"sku": "pen", "qty": 1, "price": 3}),
    ]
    orders, notifier = {}, MemoryNotifier()
    audit = auditor()
    next(audit)
    errors = []
    for ev in events:
        try:
            apply(orders, ev, audit, notifier)
        except IllegalTransition as e:
            errors.append(e)
    audit.close()
    print("orders:", sorted(orders.values(), key=lambda o: o.id))
    print("errors:", *[str(e) for e in errors], sep="\n  ")
    print("outbox:", notifier.outbox, notifier.broadcast({"ops", "billing"}, "done"))
    try:
        Notifier()
    except TypeError as e:
        print("TypeError:", e)
    try:
        raise ExceptionGroup("batch failed", errors[:2])
    except* IllegalTransition as eg:
        print("caught group:", eg.message, len(eg.exceptions))
    o1 = orders[1]
    snapshot = copy.deepcopy(o1)
    shallow = copy.copy(o1)
    o1.lines["pen"] = (99, 3)
    print("deep:", snapshot.lines["pen"], "shallow:", shallow.lines["pen"], shallow.lines is o1.lines)
    ref = weakref.ref(snapshot)
    print("weakref alive:", ref() is snapshot, end=" ")
    del snapshot
    print("after del:", ref())
    try:
        o1.note = "x"
    except AttributeError as e:
        print("AttributeError:", e)
    print(f"{o1.total()=} {len(events)=:>4} {Event('x', 0)!r}")
    print(Template("$a and ${b}s").substitute({"a": 1}, b="cat"), TEMPLATES.maps[1].keys() - TEMPLATES.maps[0].keys())
    if (big := max(orders.values(), key=Order.total)).total() > 100:
        print("big order", big.id, big.total())


main()
