# enum: _convert_, global_enum, verify/EnumCheck, member/nonmember, _ignore_, _order_, enum.property.
import enum
from enum import Enum, IntEnum, Flag, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, member, nonmember

SIG_HUP = 1
SIG_INT = 2
SIG_TERM = 15
NOT_A_SIGNAL = 99
Sig = IntEnum._convert_("Sig", __name__, lambda name: name.startswith("SIG_"))
print(list(Sig), Sig(15), Sig.SIG_INT + 1, SIG_HUP is Sig.SIG_HUP or SIG_HUP == Sig.SIG_HUP)

@enum.global_enum
class Mode(Enum):
    READ = 1
    WRITE = 2
print(repr(Mode.READ), str(Mode.WRITE), READ is Mode.READ)

@verify(UNIQUE)
class Ok(Enum):
    A = 1
    B = 2
print(list(Ok))
for check, body in [(UNIQUE, {"A": 1, "B": 1}), (CONTINUOUS, {"A": 1, "B": 3, "C": 5})]:
    try:
        verify(check)(Enum("Tmp", list(body.items())))
    except ValueError as e:
        print("ValueError:", e)
try:
    @verify(NAMED_FLAGS)
    class Colors(Flag):
        RED = 1
        GREEN = 2
        WHITE = 15
except ValueError as e:
    print("ValueError:", e)
print(list(CONTINUOUS.__class__), UNIQUE.value)

class Shape(Enum):
    SQUARE = 4
    helper = nonmember(99)
    @member
    def CIRCLE():
        return "round"
    _ignore_ = ["tmp"]
    tmp = 5
print(list(Shape.__members__), Shape.helper, Shape.CIRCLE.value(), hasattr(Shape, "tmp"))

class Ordered(Enum):
    _order_ = "A B C"
    A = 1
    B = 2
    C = 3
print([m.name for m in Ordered])
try:
    class Wrong(Enum):
        _order_ = "B A"
        A = 1
        B = 2
except TypeError as e:
    print("TypeError:", e)

class Prop(Enum):
    X = 1
    @enum.property
    def doubled(self):
        return self.value * 2
print(Prop.X.doubled, enum.show_flag_values(13), enum.FlagBoundary.KEEP, enum.STRICT)
try:
    class Reserved(Enum):
        _sunder_ = 1
except ValueError as e:
    print("ValueError:", e)
