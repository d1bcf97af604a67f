# format(), repr(), ascii(), str() of many values.
print(format(42), format(42, "5d"), format(3.14159, ".2f"), format("s", ">4"), format(255, "x"), format(1234567, ","))
print(format(0.5, "%"), format(12, "b"), format(-3, "+d"), format(7, "03"), format([1, 2]), format(None))
class F:
    def __format__(self, spec):
        return "F[" + spec + "]"
print(format(F(), "xyz"), f"{F():abc}", "{:q}".format(F()))
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError:", e)
try:
    format(1, "q")
except ValueError as e:
    print("ValueError:", e)
for v in [1, -2.5, "text", "it's", 'say "hi"', "both ' and \"", "tab\tnl\n", "\x00\x1f\x7f", "é中😀", "\u200b",
          b"bytes", [1, "a"], (1,), (), {"k": [None]}, {1, 2}, set(), frozenset(), True, None, ..., 1e100, -0.0, range(3), 2j]:
    print(repr(v), "|", ascii(v), "|", str(v))
class R:
    def __repr__(self):
        return "R()"
class S:
    def __str__(self):
        return "just str"
print(repr(R()), str(R()), str(S()), repr(S()).startswith("<__main__.S object at 0x"))
print(repr([R(), R()]), str([S()]).startswith("[<__main__.S object"))
print(ascii("naïve"), ascii("\U0001F600"), ascii(["ü"]))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
recursive = [1]
recursive.append(recursive)
print(recursive, repr(recursive))
d = {}
d["self"] = d
print(d)
