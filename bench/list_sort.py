"""List workloads: build lists of ints, floats, strings and tuples from a
deterministic generator, then sort them with and without keys, reverse, and
merge-sorted check; list comprehensions, slicing and min/max."""


def lcg(seed):
    state = seed
    while True:
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        yield state >> 33


def make_data(n, seed):
    gen = lcg(seed)
    ints = [next(gen) % 1000000 for _ in range(n)]
    floats = [x / 997.0 for x in ints]
    strings = ["k%07d" % x for x in ints[: n // 2]]
    records = [(x % 100, -x, "r%d" % (x % 1000)) for x in ints[: n // 2]]
    return ints, floats, strings, records


def is_sorted(xs, key=None, reverse=False):
    ks = xs if key is None else [key(x) for x in xs]
    if reverse:
        return all(ks[i] >= ks[i + 1] for i in range(len(ks) - 1))
    return all(ks[i] <= ks[i + 1] for i in range(len(ks) - 1))


checksum = 0
for round_ in range(3):
    ints, floats, strings, records = make_data(100000, round_ + 7)
    a = sorted(ints)
    b = sorted(floats, reverse=True)
    c = sorted(strings, key=lambda s: s[::-1])
    d = sorted(records)
    e = sorted(records, key=lambda r: (r[2], r[0]))
    ints.sort(key=lambda x: x % 1000)
    assert is_sorted(a) and is_sorted(b, reverse=True) and is_sorted(d)
    merged = sorted(a[::2] + a[1::2])
    assert merged == a
    top = [x for x in a[-1000:] if x % 3 == 0]
    checksum = (checksum * 31 + sum(a[::1000]) + int(b[0]) + len(c[0]) + d[0][0] + e[-1][0] + ints[0] + len(top)) % 1000000007
print("list_sort", len(a), a[0], a[-1], c[0], d[0], e[0], checksum)
