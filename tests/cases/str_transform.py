# str transformations: replace with count, strip sets, padding, zfill,
# expandtabs, translate/maketrans, slicing by code point, format_map, %.
s = "héllo wörld"
print(s.replace("l", "L", 2), s.replace("", "-"), s.replace("", "-", 3), s.replace("x", "y"), s.replace("l", "", -1), s.replace("ö", "oe", 0))
print("aaa".replace("a", "bb", 2), "abc".replace("", "", 5), "".replace("", "x"), "".replace("a", "b"))
print(repr("  \t\x1c\u3000x y\u2029 ".strip()), "xxhixyx".strip("xy"), "éaé".strip("é"), "abc".lstrip("ba"), "abc".rstrip("cb"), "abc".strip(None))
for w in (-1, 0, 5, 6, 7, 12, 13):
    print(repr("abcde".center(w)), repr("abcde".center(w, "é")), repr("ab".ljust(w, "*")), repr("ab".rjust(w, "😀")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(2), "".zfill(3), "é".zfill(3), "--1".zfill(4), "+".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("ab\n\tc\r\td".expandtabs(3)), repr("\t".expandtabs(0)), repr("é\tx".expandtabs(tabsize=2)))
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcdd".translate(t), "héllo".translate({ord("é"): "e", ord("l"): None, ord("o"): "0"}))
print(sorted(str.maketrans({"a": "b", 99: None, "é": 0x1F600}).items()), "aé".translate(str.maketrans({"a": "b", "é": 0x1F600})))
class Table:
    def __getitem__(self, k):
        if k == ord("x"):
            raise LookupError
        return k + 1
print("abxc".translate(Table()), "abc".translate([None, None]), "abc".translate({}))
u = "aé中😀bc"
print(u[1:4], u[::-1], u[::2], u[-2:], u[5:1:-2], u[100:], u[-100:2], u[1:-1:3], len(u[:]), u[3], u[-1])
print("{a}-{b[0]}".format_map({"a": 1, "b": [2]}), "%s|%r" % ("x", "y"), "%(k)s" % {"k": "v"}, "x".__rmod__("<%s>"), "x".__rmod__(1))
class D(dict):
    def __missing__(self, k):
        return k.upper()
print("{x}{y}".format_map(D(y=1)), "ab".__mod__(()), "%%".__mod__(()))
print("Hello World".swapcase(), "ǅungla".swapcase(), "hello world".title(), "HELLO wORLD".capitalize(), "ß".upper(), "ΣΑΣ".lower())
print("a1 b2".title(), "they're bill's".title(), "ﬁ".upper(), "İ".lower().encode(), "ǈ".upper(), "ǈ".lower())
print([c.isspace() for c in "\t\x1c\x1f\x85\xa0\u2028 x"], "١٢".isdecimal(), "²".isdigit(), "½".isnumeric(), "x²".isalnum())
print(str.__sizeof__("abc") > 0, "abc".__getnewargs__(), "ab".__len__(), "ab".__contains__("b"), "ab".__getitem__(slice(None, None, -1)))
for f in (lambda: "a".center(3, "ab"), lambda: "a".center(3, 1), lambda: "a".center(), lambda: "a".center(1, " ", 2),
          lambda: "a".center(width=3), lambda: "a".zfill(), lambda: "a".zfill("3"), lambda: "a".ljust(2**64),
          lambda: "a".replace("a"), lambda: "a".replace("a", 1), lambda: "a".replace(1, "b"), lambda: "a".replace("a", "b", "c"),
          lambda: "a".strip(1), lambda: "a".strip("a", "b"), lambda: "a".expandtabs(2**40), lambda: "a".translate(),
          lambda: "a".translate({97: 2.5}), lambda: "a".translate({97: -1}), lambda: str.maketrans("ab", "c"),
          lambda: str.maketrans({"ab": 1}), lambda: str.maketrans({1.5: 1}), lambda: str.maketrans(1, "a"),
          lambda: str.maketrans("a", 1), lambda: str.maketrans("a", "b", 1), lambda: str.maketrans([]), lambda: str.maketrans(),
          lambda: "{0}".format_map({}), lambda: "{a}".format_map({}), lambda: "a".format_map(), lambda: "abc"[1.5],
          lambda: "abc"[10], lambda: "abc"[2**80], lambda: "abc"["x"], lambda: "abc"[::0], lambda: "a" % 1):
    try:
        print(repr(f()))
    except (TypeError, ValueError, OverflowError, IndexError, KeyError, MemoryError) as e:
        print(type(e).__name__, e)
