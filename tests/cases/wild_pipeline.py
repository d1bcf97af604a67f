"""An itertools/functools data pipeline over generated sales records."""
import itertools
import functools
import operator
from collections import namedtuple
import random

Sale = namedtuple("Sale", "day region product units price")

rng = random.Random(2024)
REGIONS = ["north", "south", "east", "west"]
PRODUCTS = ["widget", "gadget", "doohickey"]
sales = [Sale(day, rng.choice(REGIONS), rng.choice(PRODUCTS), rng.randint(1, 20), rng.choice([2.5, 4.0, 9.99]))
         for day in range(1, 31) for _ in range(rng.randint(1, 4))]
print(len(sales), sales[0])

revenue = lambda s: round(s.units * s.price, 2)
key = operator.attrgetter("region")
for region, group in itertools.groupby(sorted(sales, key=key), key=key):
    group = list(group)
    print(f"{region:6} {len(group):3} sales, revenue {sum(map(revenue, group)):9.2f}")

weekly = [sum(revenue(s) for s in week) for _, week in itertools.groupby(sales, key=lambda s: (s.day - 1) // 7)]
print("weekly", [round(w, 2) for w in weekly])
print("running", [round(x, 2) for x in itertools.accumulate(weekly)])
best_day = max(itertools.groupby(sales, key=operator.attrgetter("day")),
               key=lambda kv: 0)[0]
print("first max-key day", best_day)
pairs = list(itertools.combinations(PRODUCTS, 2))
print(pairs, list(itertools.product("ab", repeat=2))[:3])
print(list(itertools.islice(itertools.cycle(REGIONS), 6)))
total_units = functools.reduce(operator.add, (s.units for s in sales))
print("units", total_units)


@functools.lru_cache(maxsize=None)
def discount(units):
    return 0.1 if units >= 15 else 0.05 if units >= 10 else 0.0


print(round(sum(revenue(s) * (1 - discount(s.units)) for s in sales), 2), discount.cache_info())
chunks = [list(c) for c in iter(functools.partial(next, iter([1, 2, 3, None])), None)] if False else None
it = iter(sales)
batches = list(iter(lambda: list(itertools.islice(it, 25)), []))
print([len(b) for b in batches])
print(list(itertools.starmap(pow, [(2, 5), (3, 2)])), list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(list(itertools.takewhile(lambda s: s.day < 3, sales))[-1].day, next(itertools.dropwhile(lambda s: s.day < 29, sales)).day)
print(sorted(set(map(operator.itemgetter(2), sales))), functools.reduce(lambda a, b: a * b, range(1, 8)))
