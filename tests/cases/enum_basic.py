# enum.Enum: members, lookup by value and name, aliases, iteration, auto, unique, methods, errors.
from enum import Enum, auto, unique
import copy

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED).__name__)
print(Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, Color(1).name)
print(list(Color), len(Color), list(reversed(Color)))
print(list(Color.__members__), Color.__members__["CRIMSON"])
print(Color.RED in Color, isinstance(Color.GREEN, Color), Color.RED == 1, Color.RED != Color.BLUE)
print(f"{Color.RED}", format(Color.RED, ">12"), str(Color.BLUE), "%s" % Color.GREEN)
print({Color.RED: "r"}[Color.CRIMSON], sorted(Color, key=lambda c: -c.value))
print(repr(Color), type(Color).__name__, Color._member_names_)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.PURPLE
except AttributeError as e:
    print("AttributeError:", e)

class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()
print([(m.name, m.value) for m in Ordinal])

class Weekday(Enum):
    MON = 1
    TUE = 2
    SAT = 6
    def is_weekend(self):
        return self.value >= 6
    @classmethod
    def from_str(cls, s):
        return cls[s.upper()]
    @property
    def short(self):
        return self.name[:2].title()
print(Weekday.SAT.is_weekend(), Weekday.from_str("tue"), Weekday.MON.short)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 2
        C = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Again(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
try:
    class Extended(Color):
        PINK = 9
except TypeError as e:
    print("TypeError:", e)
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.BLUE])[0] is Color.BLUE)
print(Color.RED.__reduce_ex__(4), hash(Color.RED) == hash(Color.RED))
