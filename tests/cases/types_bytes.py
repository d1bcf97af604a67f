# bytes: construction, indexing, methods, repr, errors.
b = b"Hello, World"
print(b, len(b), b[0], b[-1], b[:5], b[::-1], type(b[0]).__name__)
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("héllo", "utf-8"), bytes(b"copy"))
print(b.lower(), b.upper(), b.split(b", "), b.replace(b"l", b"L"), b.find(b"o"), b.rfind(b"o"))
print(b.startswith(b"He"), b.endswith((b"x", b"ld")), b.count(b"l"), b.index(b"W"))
print(b"  pad  ".strip(), b"xxabcxx".strip(b"x"), b"a,b,,c".split(b","), b"-".join([b"a", b"b"]))
print(b.hex(), bytes.fromhex("48 65 6c"), b"\x00\x01\xff".hex(":"))
print(b.decode(), b"caf\xc3\xa9".decode("utf-8"), "é".encode(), "é".encode("latin-1"))
print(repr(b"\x00\n\t'\"\\\x7f\x80"), repr(b"it's"), repr(b'say "hi"'))
print(b"abc" + b"def", b"ab" * 3, b"b" in b"abc", 98 in b"abc", b"abc" < b"abd")
print(list(b"AZ"), b.isalpha(), b"123".isdigit(), b"abc".isalnum(), b" ".isspace())
print(b"hello".center(11, b"*"), b"7".zfill(3), b"ab".ljust(4, b"."), b"title case".title())
print(b"a b c".split(), b"a\nb\r\nc".splitlines(), b"k=v".partition(b"="), b"k=v=w".rpartition(b"="))
print(bytes.maketrans(b"abc", b"xyz"), b"aabbcc".translate(bytes.maketrans(b"abc", b"xyz")))
print(b"%s is %d" % (b"x", 5), b"%05.1f|%x" % (3.14159, 255))
print(hash(b"abc") == hash(b"abc"), b"abc" == bytearray(b"abc"), b"" == b"")
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"x" + "y"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff".decode("utf-8", "replace"), b"\xffa".decode("utf-8", "ignore"), "€".encode("ascii", "replace"))
print(int.from_bytes(b"\x01\x00", "big"), (258).to_bytes(2, "little"), b"abc".removeprefix(b"a"))
print(b"x".join([b"1", b"2", b"3"]), b"abc"[1:2])
