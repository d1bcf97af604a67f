# Tuples, lists, dicts, sets and frozensets: empty/short opcodes, MARK
# batches of 1000 (APPENDS / SETITEMS / ADDITEMS), and the reduce form of
# sets before protocol 4.
import pickle


def digest(b):
    h = 0
    for i in range(0, len(b), 3):
        h = (h * 131 + b[i]) % 1000000007
    return len(b), h


small = [
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((), ((),)),
    [], [1], [1, 2], [[], [[]]], {}, {1: 2}, {"a": 1, "b": [2]},
    set(), {5}, {1, 2, 3}, frozenset(), frozenset({7, 8}), [(1, 2), {3: (4,)}],
]
for proto in range(6):
    print("protocol", proto)
    for v in small:
        data = pickle.dumps(v, proto)
        print(" ", repr(v), data, pickle.loads(data) == v)

sizes = [999, 1000, 1001, 2000, 2001, 2500]
for proto in range(6):
    for n in sizes:
        lst = list(range(n))
        dct = {i: -i for i in range(n)}
        st = set(range(n))
        fs = frozenset(range(n))
        tp = tuple(range(n))
        for v in (lst, dct, st, fs, tp):
            data = pickle.dumps(v, proto)
            back = pickle.loads(data)
            print(proto, n, type(v).__name__, digest(data), data.count(b"e"),
                  data.count(b"u"), data.count(b"\x90"), back == v)

nested = [{"id": i, "name": "item%d" % i, "tags": ("a", "b"), "w": i * 0.5}
          for i in range(300)]
for proto in range(6):
    data = pickle.dumps(nested, proto)
    print(proto, digest(data), data[:40], pickle.loads(data) == nested)
