# Class patterns: __match_args__, keyword sub-patterns, dataclasses,
# namedtuples, enums, built-in types matching themselves, errors.
from dataclasses import dataclass
from enum import Enum
from collections import namedtuple
from collections.abc import Mapping, Sequence


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


@dataclass
class Circle:
    center: Point
    radius: float


Pair = namedtuple("Pair", "left right")


class Color(Enum):
    RED = 1
    GREEN = 2


def shape(s):
    match s:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=Point(), radius=r):
            return f"circle r={r}"
        case Pair(l, r):
            return f"pair {l}/{r}"
        case Color.RED:
            return "red"
        case Color():
            return f"a color: {s.name}"
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case str(t) if t:
            return f"str {t}"
        case list([a, b]):
            return f"list of two {a},{b}"
        case dict(d):
            return f"dict with {len(d)}"
        case _:
            return "?"


print(Circle.__match_args__, Pair.__match_args__)
for s in [Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 2),
          Circle(Point(1, 1), 20), Circle(Point(1, 1), 2), Pair(1, 2), Color.RED,
          Color.GREEN, True, 7, "s", "", [1, 2], {"k": 1}]:
    print(shape(s))


class MyInt(int):
    pass


match MyInt(5):
    case int(v):
        print("subclass of int matches itself:", v, type(v).__name__)


# Custom mappings and sequences via the ABCs.
class Table(Mapping):
    def __init__(self, **kw):
        self._d = kw

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


class Row(Sequence):
    def __init__(self, *items):
        self._items = items

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)


match Table(a=1, b=2):
    case {"a": 1, **rest}:
        print("table rest", rest)
match Row(1, 2, 3):
    case [1, *others]:
        print("row others", others)


class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["a"]


class BadElem:
    __match_args__ = (1,)


class Dup:
    __match_args__ = ("a",)
    a = 1


def attempt(subject, which):
    try:
        match subject:
            case NoArgs(1) if which == 1:
                pass
            case Point(1, 2, 3) if which == 2:
                pass
            case BadArgs(1) if which == 3:
                pass
            case BadElem(1) if which == 4:
                pass
            case Dup(1, a=1) if which == 5:
                pass
    except TypeError as e:
        print("TypeError:", e)


attempt(NoArgs(), 1)
attempt(Point(1, 2), 2)
attempt(BadArgs(), 3)
attempt(BadElem(), 4)
attempt(Dup(), 5)

not_a_class = 3
try:
    match 1:
        case not_a_class.real():
            pass
except TypeError as e:
    print("TypeError:", e)

# Missing attributes just fail to match.
class Partial:
    __match_args__ = ("a", "missing")
    a = 1


match Partial():
    case Partial(1, m):
        print("matched?", m)
    case Partial(a=1):
        print("matched by keyword only")
