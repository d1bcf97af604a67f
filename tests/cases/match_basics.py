# match statements: literals, captures, sequences, mappings, guards, or/as patterns.
import collections


def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case True:
            return "true?"
        case None:
            return "none"
        case "hello" | b"hello":
            return "greeting"
        case -1.5:
            return "neg one and a half"
        case 1j:
            return "imaginary"
        case [] | ():
            return "empty sequence"
        case [x]:
            return f"one item {x!r}"
        case [x, y] if x == y:
            return f"pair of equals {x!r}"
        case [x, y]:
            return f"pair {x!r} {y!r}"
        case [first, *rest] if len(rest) > 3:
            return f"long: {first!r} then {len(rest)} more"
        case [first, *middle, last]:
            return f"first {first!r} middle {middle!r} last {last!r}"
        case {"type": "point", "x": px, "y": py}:
            return f"point at {px},{py}"
        case {"type": kind, **others}:
            return f"typed {kind!r} with {sorted(others)}"
        case {}:
            return "some mapping"
        case str() as s:
            return f"string {s!r}"
        case int(n) | float(n):
            return f"number {n!r}"
        case _:
            return f"other {type(x).__name__}"


for v in [0, 2, True, False, None, "hello", b"hello", -1.5, 1j, [], (), [7], (4, 4), [4, 5],
          [1, 2, 3, 4, 5, 6], (1, 2, 3), range(3), "abc", {"type": "point", "x": 1, "y": 2},
          {"type": "box", "w": 3, "h": 4}, {"a": 1}, 42, 2.5, collections.deque([1, 2]),
          {1, 2}, b"xy", bytearray(b"z"), object]:
    print(repr(v)[:30], "->", describe(v))

# Capture bindings happen only when the whole pattern matches.
match (1, 2):
    case (a, 3):
        print("no")
    case _:
        print("a bound?", "a" in globals())

# The subject is evaluated once.
calls = []


def subject():
    calls.append(1)
    return [1, 2]


match subject():
    case [9]:
        pass
    case [1, x]:
        print("x =", x, "calls", len(calls))

# Guards see the captures and run in order.
def classify(p):
    match p:
        case (x, y) if x > 0 and y > 0:
            return "Q1"
        case (x, y) if x < 0 < y:
            return "Q2"
        case (x, y) if x == 0 or y == 0:
            return "axis"
        case (x, y):
            return "other"


print([classify(p) for p in [(1, 1), (-1, 1), (0, 5), (-1, -1)]])

# Or-patterns binding the same names in different orders.
for v in [(1, "a"), ("b", 2), [3, "c"]]:
    match v:
        case (int(n), str(s)) | (str(s), int(n)):
            print("n", n, "s", s)

# As-patterns and nested patterns.
match {"user": {"name": "ann", "roles": ["admin", "dev"]}}:
    case {"user": {"name": str() as name, "roles": [*_, "dev"] as roles}}:
        print(name, roles)

# Match inside a class body and a closure.
class Config:
    match ("debug", 3):
        case (mode, level):
            settings = f"{mode}:{level}"


print(Config.settings)


def counter():
    total = 0
    def add(item):
        nonlocal total
        match item:
            case int(n):
                total += n
            case [int(a), int(b)]:
                total += a + b
        return total
    return add


add = counter()
print(add(1), add([2, 3]), add("x"))
