# Errors of bytes/bytearray methods: argument types, counts and values.
def t(f):
    try:
        r = repr(f())
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(r)
for x in (b"hello", bytearray(b"hello")):
    T = type(x)
    for f in (lambda: x.find("o"), lambda: x.find(256), lambda: x.find(1.5), lambda: x.find(b"o", "a"), lambda: x.count(),
              lambda: x.index(b"z"), lambda: x.rindex(b"z"), lambda: x.split("o"), lambda: x.split(b""), lambda: x.split(maxsplit="a"),
              lambda: x.strip("o"), lambda: x.replace("o", b"x"), lambda: x.replace(b"o", b"x", "a"), lambda: x.center(20, "x"),
              lambda: x.center(20, b"xy"), lambda: x.ljust("a"), lambda: x.join(["a"]), lambda: x.join(1), lambda: x.join([b"a", 1]),
              lambda: x.startswith("h"), lambda: x.startswith(("h",)), lambda: x.endswith(1), lambda: x.partition(""),
              lambda: x.partition(b""), lambda: x.removeprefix("h"), lambda: x.zfill("a"), lambda: x.expandtabs("a"),
              lambda: x.translate(b"abc"), lambda: x.translate(None, "a"), lambda: x.translate(1), lambda: x.translate(delete=b"a"),
              lambda: x.decode(1), lambda: x.decode("foo"), lambda: x.decode("hex"), lambda: x.hex(1), lambda: x.hex("ab"), lambda: x.hex("é"),
              lambda: x.hex(":", "a"), lambda: T.fromhex(1), lambda: T.fromhex("zz"), lambda: T.fromhex("a"), lambda: T.fromhex("ab c"),
              lambda: T.fromhex(b"01"), lambda: T.maketrans("a", "b"), lambda: T.maketrans(b"ab", b"b"), lambda: x.splitlines("a"),
              lambda: x.isalpha(1), lambda: x.upper(x=1), lambda: x + "a", lambda: x + 1, lambda: "a" in x, lambda: 300 in x,
              lambda: x[20], lambda: x["a"], lambda: x[2**70], lambda: x % 1, lambda: x.__mod__(), lambda: x.find(b"o", start=1),
              lambda: x.split(b"l", 1, 2), lambda: x.hex(sep=":", x=1), lambda: x.ljust(2**63), lambda: x.center(),
              lambda: x.replace(b"a"), lambda: x.decode("utf-8", "strict", 1), lambda: x.count(b"l", 1, 2, 3)):
        t(f)
t(lambda: b"x".__bytes__(1)); t(lambda: bytes.__bytes__(bytearray())); t(lambda: bytearray(b"x").__hash__())
t(lambda: hash(bytearray())); t(lambda: b"x".__getnewargs__(1)); t(lambda: bytes.upper()); t(lambda: bytes.upper("x"))
t(lambda: 5 % b"x"); t(lambda: b"x".__rmod__(1)); t(lambda: b"%s".__rmod__(b"x")); t(lambda: bytes.maketrans(frm=b"", to=b""))
