"""A lazy sales-data pipeline built from itertools and functools pieces.

Raw order lines are parsed by generator stages, grouped, windowed and
aggregated; a tiny plugin registry uses singledispatch and a decorator with
functools.wraps; an lru_cache'd exchange-rate lookup reports its hit rate.
"""
import functools
import itertools
import operator
from collections import namedtuple

RAW = """\
2024-01-03;north;widget;3;9.99;EUR
2024-01-03;south;gadget;1;24.50;USD
2024-01-04;north;gadget;2;24.50;USD
2024-01-04;north;widget;10;9.49;EUR
# comment line
2024-01-05;west;doohickey;7;3.10;GBP
2024-01-05;south;widget;;9.99;EUR
2024-01-06;south;widget;4;9.99;EUR
2024-01-06;west;gadget;1;26.00;USD
2024-01-07;north;doohickey;12;2.95;GBP
2024-01-07;north;widget;5;9.99;EUR
"""

Order = namedtuple("Order", "day region product qty price currency")
STAGES = []


def stage(func):
    """Register a pipeline stage and count the items flowing through it."""
    @functools.wraps(func)
    def wrapper(items, *args, **kwargs):
        counter = itertools.count()
        for item in func(items, *args, **kwargs):
            next(counter)
            yield item
        wrapper.seen = next(counter)
    wrapper.seen = 0
    STAGES.append(wrapper)
    return wrapper


@stage
def read_lines(text):
    return (line for line in text.splitlines() if line and not line.startswith("#"))


@stage
def parse(lines):
    for line in lines:
        day, region, product, qty, price, cur = line.split(";")
        if not qty:
            continue
        yield Order(day, region, product, int(qty), float(price), cur)


@functools.lru_cache(maxsize=8)
def rate(currency):
    return {"EUR": 1.0, "USD": 0.92, "GBP": 1.17}[currency]


@stage
def to_eur(orders):
    for o in orders:
        yield o._replace(price=round(o.price * rate(o.currency), 4), currency="EUR")


@functools.singledispatch
def describe(value):
    return f"<{type(value).__name__}>"


@describe.register
def _(value: float):
    return f"{value:,.2f}"


@describe.register(tuple)
def _(value):
    return "(" + ", ".join(map(describe, value)) + ")"


@describe.register(str)
def _(value):
    return value.title()


def revenue(o):
    return o.qty * o.price


def main():
    orders = list(to_eur(parse(read_lines(RAW))))
    print("stages:", [(s.__name__, s.seen) for s in STAGES])
    print("doc kept:", parse.__doc__ is None, stage.__doc__.split()[0], parse.__wrapped__.__name__)
    print("rate cache:", rate.cache_info())

    by_day = itertools.groupby(orders, key=operator.attrgetter("day"))
    daily = [(day, round(sum(map(revenue, group)), 2)) for day, group in by_day]
    print("daily:", daily)
    running = list(itertools.accumulate(v for _, v in daily))
    print("running:", [round(x, 2) for x in running])
    print("best day:", max(daily, key=operator.itemgetter(1)))
    windows = [tuple(v for _, v in w) for w in zip(daily, daily[1:], daily[2:])]
    print("3-day avg:", [round(sum(w) / 3, 2) for w in windows])
    print("pairs:", [round(b - a, 2) for (_, a), (_, b) in itertools.pairwise(daily)])

    key = operator.attrgetter("region", "product")
    totals = {k: sum(o.qty for o in g) for k, g in itertools.groupby(sorted(orders, key=key), key)}
    for (region, product), qty in totals.items():
        print(f"  {region:<6}{product:<10}{qty:>4}")
    regions = sorted({o.region for o in orders})
    products = sorted({o.product for o in orders})
    grid = [[totals.get((r, p), 0) for p in products] for r in regions]
    print("grid:", grid, "cols:", list(map(sum, zip(*grid))))
    missing = [rp for rp in itertools.product(regions, products) if rp not in totals]
    print("never sold:", missing)
    print("bundles:", list(itertools.combinations(products, 2)))
    top = sorted(orders, key=functools.cmp_to_key(
        lambda a, b: (revenue(b) > revenue(a)) - (revenue(b) < revenue(a))))[:3]
    print("top orders:", [describe((o.product, revenue(o))) for o in top])
    print("describe:", describe(3), describe("north region"), describe(1234.5))

    total = functools.reduce(operator.add, map(revenue, orders), 0.0)
    print(f"total: {total:.2f}", "qty:", sum(o.qty for o in orders))
    cheap, pricey = itertools.tee(orders)
    cheap = itertools.filterfalse(lambda o: o.price > 5, cheap)
    pricey = filter(lambda o: o.price > 20, pricey)
    print("cheap:", sorted({o.product for o in cheap}), "pricey:", len(list(pricey)))
    chunks = iter(functools.partial(next, iter(o.qty for o in orders)), 5)
    print("until qty 5:", list(chunks))
    it = iter(orders)
    batches = list(iter(lambda: tuple(itertools.islice(it, 3)), ()))
    print("batches:", [len(b) for b in batches])
    print("zip_longest:", list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")))
    print("starmap:", list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
    print("chain:", list(itertools.chain.from_iterable(itertools.repeat(p[:2], 2) for p in products)))
    print("compress:", list(itertools.compress(regions, [1, 0, 1])), "dropwhile:",
          list(itertools.dropwhile(lambda d: d[1] < 100, daily))[:1])
    rate.cache_clear()
    print("after clear:", rate.cache_info().currsize, rate("GBP"), rate.cache_info().misses)


if __name__ == "__main__":
    main()
