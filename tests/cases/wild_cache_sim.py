"""Simulate a web cache: an LRU mapping with TTL, driven by a seeded random workload."""
import random
from collections import OrderedDict, Counter
from collections.abc import MutableMapping
import statistics


class LRUCache(MutableMapping):
    def __init__(self, capacity, ttl=None, clock=None):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity, self.ttl = capacity, ttl
        self.clock = clock or (lambda: 0)
        self._data = OrderedDict()
        self.stats = Counter()

    def __getitem__(self, key):
        value, stamp = self._data[key]
        if self.ttl is not None and self.clock() - stamp > self.ttl:
            del self._data[key]
            self.stats["expired"] += 1
            raise KeyError(key)
        self._data.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self._data:
            self._data.move_to_end(key)
        self._data[key] = (value, self.clock())
        while len(self._data) > self.capacity:
            old, _ = self._data.popitem(last=False)
            self.stats["evicted"] += 1

    def __delitem__(self, key):
        del self._data[key]

    def __iter__(self):
        # snapshot: reading an entry moves it to the end, which would upset a live iterator
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def fetch(self, key, loader):
        try:
            value = self[key]
            self.stats["hit"] += 1
        except KeyError:
            self.stats["miss"] += 1
            value = self[key] = loader(key)
        return value


class Clock:
    def __init__(self):
        self.t = 0

    def __call__(self):
        return self.t


def workload(rng, n, pages):
    weights = [1 / (i + 1) for i in range(len(pages))]  # Zipf-ish popularity
    for _ in range(n):
        yield rng.choices(pages, weights)[0], rng.randint(1, 3)


def main():
    rng = random.Random(2024)
    print("rng:", rng.random(), rng.randint(1, 100), rng.randrange(0, 50, 5), rng.uniform(1, 2))
    pages = [f"/page/{i}" for i in range(12)]
    deck = pages[:6]
    rng.shuffle(deck)
    print("shuffled:", deck, "sample:", rng.sample(range(100), 5), "choice:", rng.choice("abcdef"))
    print("gauss:", round(rng.gauss(0, 1), 6), "expo:", round(rng.expovariate(2.0), 6), rng.getrandbits(20))
    results = {}
    for cap in (2, 4, 8):
        clock = Clock()
        cache = LRUCache(cap, ttl=25, clock=clock)
        loads = []
        wl_rng = random.Random(7)
        for page, dt in workload(wl_rng, 300, pages):
            clock.t += dt
            cache.fetch(page, lambda k: loads.append(k) or k.upper())
        s = cache.stats
        results[cap] = s["hit"] / (s["hit"] + s["miss"])
        print(f"cap={cap}: hits={s['hit']} misses={s['miss']} evicted={s['evicted']} expired={s['expired']}"
              f" rate={results[cap]:.3f} keys={list(cache)[-2:]}")
        print("   most loaded:", Counter(loads).most_common(3))
    print("monotonic:", results[2] <= results[4] <= results[8])
    c = LRUCache(3)
    c.update(a=1, b=2, c=3)
    c["a"]
    c["d"] = 4
    print(list(c.items()), "b" in c, c.get("b", "gone"), c.setdefault("e", 5), len(c))
    print(c.pop("a"), sorted(c.keys()), c == {"c": 3, "d": 4, "e": 5})
    try:
        LRUCache(0)
    except ValueError as e:
        print("ValueError:", e)
    data = [random.Random(s).random() for s in range(5)]
    print("seeded:", [round(x, 12) for x in data])
    r = random.Random("a string seed")
    print("str seed:", r.random(), random.Random(b"bytes").randint(0, 10**9))
    r2 = random.Random(99)
    state = r2.getstate()
    first = [r2.random() for _ in range(3)]
    r2.setstate(state)
    print("state replay:", first == [r2.random() for _ in range(3)])
    nums = [rng.randint(0, 1000) for _ in range(50)]
    print("stats:", statistics.mean(nums), statistics.median(nums), round(statistics.pstdev(nums), 6),
          statistics.mode([1, 2, 2, 3]), rng.triangular(0, 10, 3) > 0)
    print(random.Random(5).choices(range(10), k=6, cum_weights=list(range(1, 11))))


main()
