# Constructors of the builtin types called with various arguments.
print(int(), int(3.99), int(-3.99), int("12"), int(True), int(2 ** 100 + 0.0) == 2 ** 100)
print(float(), float(3), float("1.5"), float(" -2e3 "), float("inf"), float("-Infinity"), float("nan"), float(True))
print(str(), str(12), str(1.5), str([1]), str(b"x"), str(b"caf\xc3\xa9", "utf-8"), str(None))
print(list(), list("ab"), list((1, 2)), list({"a": 1}), list(range(3)), list({3}))
print(tuple(), tuple("ab"), tuple([1, [2]]), tuple(x for x in range(2)))
print(dict(), dict(a=1, b=2), dict([("x", 1), ["y", 2]]), dict({"k": 1}, extra=2), dict(zip("ab", "cd")))
print(set(), sorted(set("hello")), frozenset(), set([1, 1, 2]))
print(bool(), complex(), bytes(), bytearray(), range(3), slice(2), object().__class__.__name__)
try:
    int("x")
except ValueError as e:
    print("ValueError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    float([])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
class WithInt:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __index__(self): return 3
    def __complex__(self): return 1j
print(int(WithInt()), float(WithInt()), complex(WithInt()), [0, 1, 2, 3][WithInt()])
print(type(int("5")) is int, str(str("s")) == "s", list(list([1])) == [1])
print(int("  -12  "), float("1_000.5"), float(".5"), float("5."), float("1e-3"))
