# Every prefix of a pickle (and every single-byte corruption of a small
# one) must raise an exception -- never hang -- and the same one as CPython.
import pickle


class Thing:
    def __init__(self):
        self.name = "thing"
        self.items = [1, 2.5, None]


sample = {"a": [1, -2, 300, 70000, 2**40], "b": ("x", b"yz", 1.5), "c": {3, 4},
          "d": frozenset({5}), "e": bytearray(b"q"), "f": True, "g": Thing(),
          "h": "\u00e9\u20ac", "i": [[]] * 2}
for proto in range(6):
    data = pickle.dumps(sample, proto)
    kinds = {}
    for n in range(len(data)):
        try:
            pickle.loads(data[:n])
            result = "no error!"
        except Exception as e:
            result = "%s: %s" % (type(e).__name__, e)
        kinds.setdefault(result, []).append(n)
    print("protocol", proto, "length", len(data))
    for result in sorted(kinds):
        lengths = kinds[result]
        print("  %3d x %s (first %r)" % (len(lengths), result, lengths[:4]))
    back = pickle.loads(data)
    print("  full:", sorted(back) == sorted(sample), back["g"].items)

# Flip each byte of a small pickle to a few other values.
small = pickle.dumps([1, "ab", (None, 2.0)], 4)
outcomes = {}
for i in range(len(small)):
    for value in (0x00, 0x28, 0x2E, 0x4E, 0x80, 0xFF):
        data = small[:i] + bytes([value]) + small[i + 1:]
        try:
            result = "ok " + repr(pickle.loads(data))[:30]
        except Exception as e:
            result = "%s: %s" % (type(e).__name__, str(e)[:60])
        outcomes.setdefault(result, 0)
        outcomes[result] += 1
for result in sorted(outcomes):
    print(outcomes[result], result)
