# split/rsplit (whitespace and separators, maxsplit), splitlines, partition.
tests = ["  a b  c  ", "a\u3000b\x1cc\x1fd\x85e", "", "   ", "a,b,,c,", "one", "\t x \n y \r"]
for t in tests:
    print(repr(t), t.split(), t.rsplit(), t.split(None, 1), t.rsplit(None, 1), t.split(maxsplit=0), t.rsplit(maxsplit=0))
print("a,b,,c,".split(","), "a,b,,c,".rsplit(",", 2), "a,b,,c,".split(",", maxsplit=1), "a,b".split(",", -5))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "aaa".split("a"), "aaa".rsplit("aa"))
print("x".split(sep="x"), "abc".split(sep=None), "a b".split(" ", True))
for t in ["a\nb\r\nc\rd", "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i", "no breaks", "\n", "\r\n\r\n", "end\n", ""]:
    print(repr(t), t.splitlines(), t.splitlines(True), t.splitlines(keepends=1))
for t in ["k=v=w", "kvw", "=", "é=ü"]:
    print(t.partition("="), t.rpartition("="))
print("abcabc".partition("bc"), "abcabc".rpartition("bc"), "😀x😀".partition("x"))
for f in (lambda: "a".split(""), lambda: "a".split(1), lambda: "a".rsplit(b"a"), lambda: "a".split(",", "x"),
          lambda: "a".split(",", 1, 2), lambda: "a".split(x=1), lambda: "a".split(",", sep=","),
          lambda: "a".partition(""), lambda: "a".partition(None), lambda: "a".splitlines(1.5),
          lambda: "a".splitlines("x"), lambda: "a".rpartition(), lambda: "a".split(a=1, b=2, c=3),
          lambda: "a".split(2**100), lambda: "a".split(",", 2**100)):
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
