# Padding, stripping, alignment, expandtabs, zfill, prefix/suffix removal.
s = "text"
print(repr(s.center(10)), repr(s.center(9, "*")), repr(s.center(3)), repr(s.ljust(8, ".")), repr(s.rjust(8)))
print(repr("ab".center(5)), repr("abc".center(6)), repr("a".center(4, "-")))
print(repr("  pad  ".strip()), repr("  pad  ".lstrip()), repr("  pad  ".rstrip()), repr("xxpadyy".strip("xy")))
print(repr("\t\n ws \r\x0b".strip()), repr("abcba".strip("ab")), repr("".strip()), repr("   ".strip()))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("12345\t1".expandtabs(4)), repr("\t".expandtabs(0)))
print("prefix_name".removeprefix("prefix_"), "name".removeprefix("x"), "file.py".removesuffix(".py"), "a.py.py".removesuffix(".py"))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print("é".center(5, "·"), "中文".ljust(4, "＊"), "%-6s|" % "ab", "%6s|" % "ab")
tbl = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(tbl), "hello".translate({ord("l"): None, ord("h"): "J"}), str.maketrans({"a": "b"}))
print("tr".translate(str.maketrans({"t": "T", "r": "RR"})))
