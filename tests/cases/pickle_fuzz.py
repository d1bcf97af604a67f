# Fuzzing pickle.loads: thousands of random byte strings, and truncations and
# mutations of valid pickles (a fixed pseudo-random sequence), must each
# return a value or raise an exception -- never crash or hang. Prints how
# many inputs were tried and the exception types raised (counts), which
# are the same on CPython.
import pickle


class Lcg:
    """A small deterministic generator (independent of the random module)."""

    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2**64
        return (self.state >> 33) % n


# Opcode and argument bytes; no GLOBAL/INST/STACK_GLOBAL/EXT (nothing gets
# imported or called) and no PUT/LONG_BINPUT (a huge memo index makes
# CPython allocate gigabytes).
SAFE = bytes(sorted(set(range(256)) - set(b"cip\x93\x82\x83\x84r")))
rng = Lcg(20240611)


def random_input(n):
    out = bytearray()
    for _ in range(n):
        if rng.next(4) == 0:
            out.append(rng.next(10) + 0x30)      # digits for text opcodes
        else:
            out.append(SAFE[rng.next(len(SAFE))])
    return bytes(out)


sample = {"ints": [0, 1, -1, 255, 65535, 2**31, -2**31 - 1, 2**70], "f": 1.5,
          "s": ["", "abc", "\u00e9t\u00e9", "x" * 300], "t": (1, (2, 3), ()),
          "n": [None, True, False], "set": {1, 2}, "fs": frozenset({3}),
          "nested": [[[]], {"k": [1]}]}
sample["self"] = [sample["t"], sample["t"]]
valid = [pickle.dumps(sample, proto) for proto in range(3)]
# bytes and bytearray only from protocol 3 (before, they are saved through
# _codecs.encode, whose mutations reach other modules).
sample["b"] = [b"", b"\x00\xff" * 3]
sample["ba"] = bytearray(b"ba")
valid += [pickle.dumps(sample, proto) for proto in range(3, 6)]

kinds = {}
count = 0


def attempt(data):
    global count
    count += 1
    try:
        pickle.loads(data)
        kind = "returned a value"
    except Exception as e:
        kind = type(e).__name__
        if kind == "MemoryError":
            # A payload whose announced size is too big: MemoryError or a
            # truncated pickle depending on the machine's memory.
            kind = "UnpicklingError"
    kinds[kind] = kinds.get(kind, 0) + 1


for _ in range(3000):
    attempt(random_input(rng.next(40)))
for data in valid:
    for n in range(len(data)):
        attempt(data[:n])
    for _ in range(400):
        b = bytearray(data)
        for _ in range(1 + rng.next(3)):
            i = rng.next(len(b))
            what = rng.next(3)
            if what == 0:
                b[i] = SAFE[rng.next(len(SAFE))]
            elif what == 1:
                del b[i]
            else:
                b.insert(i, SAFE[rng.next(len(SAFE))])
        attempt(bytes(b))

print("inputs:", count)
print("ok: every input raised an exception or returned a value")
for kind in sorted(kinds):
    print(" ", kind, kinds[kind])
