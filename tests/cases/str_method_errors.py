# Argument-count and keyword errors of str methods, as CPython words them.
names = ["capitalize", "casefold", "center", "count", "encode", "endswith", "expandtabs", "find",
         "format_map", "index", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier",
         "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "join", "ljust", "lower",
         "lstrip", "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust",
         "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title",
         "translate", "upper", "zfill", "__contains__", "__getitem__", "__len__", "__mod__", "__rmod__",
         "__format__", "__getnewargs__", "__hash__", "__repr__", "__str__", "__iter__", "__sizeof__"]
s = "text"
for name in names:
    m = getattr(str, name)
    out = []
    for args, kw in [((), {}), ((1, 2, 3, 4, 5), {}), ((), {"bogus": 1}), (("x",), {"bogus": 1})]:
        try:
            m(s, *args, **kw)
            out.append("ok")
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    print(name, "|", " || ".join(out))
for f in (lambda: str.upper(), lambda: str.upper(1), lambda: str.join(1, []), lambda: str.maketrans(x=1),
          lambda: "a".split(None, 1, maxsplit=2), lambda: "a".encode("utf-8", encoding="x"),
          lambda: "a".encode(errors="strict", encoding="ascii", x=1), lambda: "a".splitlines(True, keepends=True),
          lambda: "a".expandtabs(tabsize=4, x=1), lambda: "a".split(a=1, b=2)):
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError:", e)
print("".join([]), "-".join("abc"), "-".join(x for x in "xy"), ", ".join({"k": 1}), "".join(("a",)))
for f in (lambda: "".join([1]), lambda: "".join(["a", b"b"]), lambda: "".join(5), lambda: "".join(None), lambda: "a".join()):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
