# enum.Flag and IntFlag: composition, membership, iteration, inversion, pseudo-members, boundaries.
from enum import Flag, IntFlag, auto

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7

rw = Perm.R | Perm.W
print(rw, repr(rw), rw.value, rw.name, Perm.R in rw, Perm.X in rw, bool(rw))
print(list(rw), list(Perm), len(rw), repr(Perm.RWX), list(Perm.RWX))
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), Perm(0).name, repr(Perm(5)))
print(repr(~Perm.R), repr(~rw), repr(~Perm.RWX), repr(rw & Perm.W), repr(rw ^ Perm.RWX))
print(Perm(6) is rw, Perm(6) == Perm.R | Perm.W, type(rw).__name__)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print([c.value for c in Color], repr(Color.WHITE), repr(Color.RED | Color.BLUE), Color.WHITE.name)
print(repr(Color.GREEN | Color.BLUE | Color.RED), Color.RED in Color.WHITE)

class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1
m = Mode.READ | Mode.WRITE
print(m, repr(m), int(m), m == 6, m + 1, m | 8, repr(m | 8), repr(Mode(9)))
print(repr(~Mode.READ), Mode.READ & 4, isinstance(m, int), list(m), repr(Mode(0)))
print(f"{m}", format(Mode.EXEC, "03d"), sorted([Mode.READ, Mode.EXEC]))

class Order(Flag):
    C = 4
    A = 1
    B = 2
print(list(Order(7)), repr(Order(7)))
try:
    Color.RED in 1
except TypeError as e:
    print("TypeError:", e)
print(Color(0) in Color.RED, repr(Color.RED & Color.GREEN))
