# str split family and join.
s = "  the quick  brown fox  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.split("o"))
print("a,b,,c".split(","), "a,b,,c".split(",", 2), "a,b,,c".rsplit(",", 2), "".split(","), "".split())
print("a\nb\r\nc\rd\n".splitlines(), "a\nb\n".splitlines(True), "x".splitlines(), "".splitlines())
print("one\x0btwo\x0cthree\x1cfour\u2028five".splitlines())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "none".partition("="), "none".rpartition("="))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), " ".join(str(i) for i in range(4)))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
print("a  b".split(" "), "abcabc".split("bc"), "aaa".split("a"), "1<>2<>3".split("<>", maxsplit=1))
print("line1\nline2".split("\n"), "tab\tsep\tvals".split("\t"), "x y\tz\n".split())
print("www.example.com".rsplit(".", 1), "path/to/file.txt".rpartition("/")[2])
