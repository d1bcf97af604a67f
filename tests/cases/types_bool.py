# bool: a subclass of int with two instances.
print(True, False, type(True).__name__, bool.__bases__)
print(isinstance(True, int), issubclass(bool, int))
print(True + True, True * 3, -True, ~True, True / 2, True // 1, True ** 10)
print(True & False, True | False, True ^ True, True & 3, type(True & False).__name__, type(True & 3).__name__)
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("0"), bool([]), bool([[]]))
print(bool(None), bool(...), bool(NotImplemented) if False else "skip")
print(repr(True), str(False), f"{True}", "%s %d" % (True, True), format(True, "d"), format(False))
print(int(True), float(False), complex(True))
print(hash(True) == hash(1), {True: "a", 1: "b"}, {1, True, 1.0})
print(True == 1, False == 0, True is True, True > False)
print(sum([True, True, False, True]))
print(["no", "yes"][True], "abc"[False])
class Falsy:
    def __bool__(self):
        return False
class Sized:
    def __len__(self):
        return 0
class Plain:
    pass
print(bool(Falsy()), bool(Sized()), bool(Plain()), not Falsy())
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
try:
    class B(bool): pass
except TypeError as e:
    print("TypeError:", e)
print(True.real, True.imag, True.numerator, True.bit_length())
print(max(True, 0), min(False, -1), abs(True))
print(bool("False"), True and 5, 0 or False)
