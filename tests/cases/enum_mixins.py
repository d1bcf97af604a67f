# enum: IntEnum, StrEnum, mixins with custom __new__/__init__, _missing_, functional API.
from enum import Enum, IntEnum, StrEnum, auto

class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
print(Level.MID, repr(Level.MID), f"{Level.HIGH}", Level.LOW + 1, Level.MID * 2, Level(10), Level.LOW < Level.HIGH)
print(sorted([Level.HIGH, 3, Level.LOW]), max(Level), "%d" % Level.MID, isinstance(Level.LOW, int), Level.MID == 5)

class Mood(StrEnum):
    HAPPY = auto()
    SAD = "down"
print(Mood.HAPPY, repr(Mood.HAPPY), Mood.SAD.upper(), Mood("down"), "-".join(Mood), Mood.HAPPY == "happy")
try:
    class Bad(StrEnum):
        ONE = 1
except TypeError as e:
    print("TypeError:", e)

class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 2), Planet((3.303e23, 2.4397e6)))

class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, "P.X")
    PY = (1, "P.Y")
print(Coord.PY, Coord.PY.label, Coord(1), Coord.PX.value)

class Status(Enum):
    OK = 200
    NOT_FOUND = 404
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.isdigit():
            return cls(int(value))
        return None
print(Status("404"), Status(200))
try:
    Status("abc")
except ValueError as e:
    print("ValueError:", e)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal.__module__, repr(Animal))
Shape = Enum("Shape", [("SQUARE", 4), ("TRIANGLE", 3)])
print(Shape(3), Shape.SQUARE.value)
Bits = IntEnum("Bits", {"ONE": 1, "TWO": 2})
print(Bits.TWO + 1, repr(Bits.ONE))
Letters = Enum("Letters", "A,B C", start=10)
print([m.value for m in Letters])

class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    X = auto()
    Y = auto()
print([m.value for m in Auto])
print(Level.__members__["MID"] is Level.MID, Level["HIGH"].name, Level.HIGH.value.__class__.__name__)
