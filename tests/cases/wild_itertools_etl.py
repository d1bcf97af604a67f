"""A lazy ETL pipeline over sensor readings using itertools and functools."""
import functools
import itertools
import operator
from statistics import mean

RAW = """\
station,ts,temp,hum
north,0,12.5,80
north,1,13.0,78
north,2,,77
north,3,14.25,75
south,0,18.0,60
south,1,18.5,
south,2,19.75,58
east,0,9.0,90
east,1,8.5,91
east,2,7.75,93
east,3,7.0,95
"""


def compose(*funcs):
    return functools.reduce(lambda f, g: lambda x: g(f(x)), funcs, lambda x: x)


def parse_rows(lines):
    header = next(lines).split(",")
    for line in lines:
        yield dict(zip(header, line.split(",")))


def clean(rows):
    for row in rows:
        yield {"station": row["station"], "ts": int(row["ts"]),
               "temp": float(row["temp"]) if row["temp"] else None,
               "hum": int(row["hum"]) if row["hum"] else None}


def fill_forward(rows, field):
    last = {}
    for row in rows:
        if row[field] is None:
            row = {**row, field: last.get(row["station"])}
        last[row["station"]] = row[field]
        yield row


@functools.lru_cache(maxsize=None)
def to_fahrenheit(c):
    return round(c * 9 / 5 + 32, 1)


def pairwise_deltas(values):
    return [round(b - a, 2) for a, b in itertools.pairwise(values)]


def main():
    pipeline = compose(str.splitlines, iter, parse_rows, clean,
                       functools.partial(fill_forward, field="temp"),
                       functools.partial(fill_forward, field="hum"), list)
    rows = pipeline(RAW)
    print(len(rows), rows[2])
    key = operator.itemgetter("station")
    for station, group in itertools.groupby(sorted(rows, key=key), key=key):
        temps = [r["temp"] for r in group]
        print(f"{station:<6} n={len(temps)} mean={mean(temps):.3f} deltas={pairwise_deltas(temps)}"
              f" F={[to_fahrenheit(t) for t in temps[:2]]}")
    print("cache:", to_fahrenheit.cache_info().hits, to_fahrenheit.cache_info().misses)
    running = list(itertools.accumulate((r["temp"] for r in rows), max))
    print("running max:", running)
    print("cumsum hum:", list(itertools.accumulate(r["hum"] for r in rows[:4])))
    hot = list(itertools.takewhile(lambda r: r["temp"] < 19, rows))
    print("until hot:", len(hot), "| after:", [r["ts"] for r in itertools.dropwhile(lambda r: r["temp"] < 19, rows)])
    print("compress:", list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
    print("chunks:", [tuple(r["ts"] for r in c) for c in iter(functools.partial(next_chunk, iter(rows), 4), ())][:3])
    stations = sorted({r["station"] for r in rows})
    print("pairs:", list(itertools.combinations(stations, 2)))
    print("perms:", len(list(itertools.permutations(stations))), list(itertools.product("ab", repeat=2)))
    print("zip_longest:", list(itertools.zip_longest([1, 2, 3], "xy", fillvalue="-")))
    print("islice cycle:", list(itertools.islice(itertools.cycle(stations), 5)))
    print("starmap:", list(itertools.starmap(pow, [(2, 5), (3, 2)])), list(itertools.repeat("z", 3)))
    counter = itertools.count(100, 5)
    print("count:", [next(counter) for _ in range(3)])
    a, b = itertools.tee(r["hum"] for r in rows)
    print("tee:", sum(a), max(b))
    print("chain:", list(itertools.chain.from_iterable([[1], [2, 3], []])), list(itertools.chain("ab", "c")))
    total = functools.reduce(operator.add, (r["temp"] for r in rows), 0.0)
    print("reduce:", round(total, 2), functools.reduce(operator.mul, range(1, 6)))

    @functools.singledispatch
    def describe(x):
        return f"thing {x!r}"

    @describe.register
    def _(x: float):
        return f"float {x:.1f}"

    @describe.register(list)
    def _(x):
        return f"list of {len(x)}"

    print([describe(v) for v in (3, 2.25, [1, 2], "s")])
    cmp = functools.cmp_to_key(lambda x, y: (x["hum"] > y["hum"]) - (x["hum"] < y["hum"]))
    print("by hum:", [r["hum"] for r in sorted(rows, key=cmp)][:5])


def next_chunk(it, n):
    return tuple(itertools.islice(it, n))


main()
