# bytes and bytearray methods: results and result types, on both types.
for T in (bytes, bytearray):
    b = T(b"Hello, World! hello")
    print(T.__name__, b.lower(), b.upper(), b.swapcase(), b.title(), T(b"hELLO wORLD").capitalize())
    print(b.find(b"llo"), b.find(108), b.rfind(b"llo"), b.rfind(b"l", 0, 5), b.find(b"l", -3), b.count(b"l"), b.count(108, 5), b.count(b""), b.count(b"", 3, 1))
    print(b.index(b"W"), b.rindex(111), b.find(b"", 100), b.find(b"", 19), b.startswith(b"Hell"), b.startswith((b"x", b"He")), b.endswith(b"lo", 0, 5), b.startswith(b"", 19), b.startswith(b"", 20))
    print(b.split(), b.split(b", "), b.split(b"l", 2), b.rsplit(b"l", 2), b.rsplit(maxsplit=1), b.split(None, 1), T(b" \x0b a\x0cb \x1c ").split())
    print(T(b"a,b,,c").split(b","), T(b"a\nb\r\nc\rd\n").splitlines(), T(b"a\nb\r\n").splitlines(True), T(b"\x0b\x0c").splitlines())
    print(b.partition(b", "), b.rpartition(b"l"), b.partition(b"zz"), b.rpartition(b"zz"))
    print(T(b"  hi \t\n").strip(), T(b"xxhixyx").strip(b"xy"), T(b"abc").lstrip(b"ba"), T(b"abc").rstrip(bytearray(b"c")), T(b"\x1chi\x1c").strip())
    print(b.replace(b"l", b"L"), b.replace(b"l", b"L", 1), b.replace(b"", b"-", 3), T(b"ab").replace(b"", b"."), b.replace(b"zz", b""), T(b"aaa").replace(b"a", b"bb", -1))
    print(T(b"ab").center(7, b"*"), T(b"abc").center(6), T(b"ab").ljust(5, b"-"), T(b"ab").rjust(5), T(b"ab").center(1), T(b"-7").zfill(5), T(b"+").zfill(3), T(b"").zfill(2))
    print(T(b"a\tbc\td\n\te").expandtabs(), T(b"a\tb").expandtabs(3), T(b"\tx").expandtabs(tabsize=0), T(b"ab\r\tc").expandtabs(4))
    print(T(b"abc").removeprefix(b"ab"), T(b"abc").removesuffix(b"bc"), T(b"abc").removeprefix(b"x"), T(b"abc").removesuffix(b""))
    print(T(b"-").join([b"a", bytearray(b"b"), T(b"c")]), T(b"").join([]), T(b", ").join(x for x in [b"1", b"2"]), T(b"x").join((b"y",)))
    print([T(x).isalnum() for x in (b"a1", b"a 1", b"")], [T(x).isalpha() for x in (b"ab", b"a1")], [T(x).isdigit() for x in (b"12", b"1a")],
          [T(x).isspace() for x in (b" \t\x0b\x0c\r\n", b" x", b"\x1c")], T(b"\x80").isascii(), T(b"").isascii())
    print([T(x).islower() for x in (b"abc1", b"aBc", b"123")], [T(x).isupper() for x in (b"ABC1", b"AbC")], [T(x).istitle() for x in (b"Hello World", b"Hello world", b"HEllo", b"1A", b"")])
    print(b.decode(), b.decode("ascii"), T(b"caf\xc3\xa9").decode(errors="strict"), b.hex(), len(b), b[0], b[-1], b[1:5], b[::-3], b[100:])
    print(type(b.upper()).__name__, type(b[:2]).__name__, type(b.split()[0]).__name__, type(b.partition(b",")[1]).__name__, type(b + b"x").__name__, type(b"x" + b).__name__)
    print(b"l" in b, 108 in b, b"" in b, b"zz" in b, T(b"abc") == b"abc", T(b"abc") < T(b"abd"), b * 0, 2 * T(b"ab"))
class B(bytes):
    pass
class BA(bytearray):
    pass
x, y = B(b"abc"), BA(b"abc")
print(type(x.upper()).__name__, type(y.upper()).__name__, type(x.strip()).__name__, x, y, repr(y), type(x[:]).__name__, type(y[:]).__name__)
print(bytes(x), bytearray(y), x.__bytes__(), type(x.__bytes__()).__name__, b"abc".__getnewargs__(), bytes.__bytes__(b"q"))
print(list(iter(b"ab")), list(reversed(b"ab")), sorted(bytearray(b"cab")), b"ab".__iter__().__next__(), y.__iter__().__next__())
