# bytes.hex (separators, grouping), fromhex, maketrans/translate.
data = bytes(range(0, 256, 17))
for T in (bytes, bytearray):
    d = T(data)
    print(d.hex(), d.hex(":"), d.hex(b"-"), d.hex(" ", 2), d.hex(" ", -2), d.hex("|", 3), d.hex("|", -3), d.hex(sep="_", bytes_per_sep=4), d.hex("x", 0))
    print(T(b"").hex(), T(b"").hex(":"), T(b"\x01").hex(":", 5), T.fromhex(""), T.fromhex("  01 02\t03\n"), T.fromhex("ABcd"), T.fromhex(" ff"))
    print(T.fromhex("0a0B 0c"), type(T.fromhex("00")).__name__)
class MyBytes(bytes):
    pass
class MyBA(bytearray):
    pass
print(type(MyBytes.fromhex("41")).__name__, MyBytes.fromhex("4142"), type(MyBA.fromhex("41")).__name__, MyBA.fromhex("41"))
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], type(bytearray.maketrans(b"a", b"b")).__name__, bytes.maketrans(bytearray(b""), b""))
print(b"aabbcc".translate(t), b"aabbcc".translate(t, b"b"), b"aabbcc".translate(None, b"ac"), bytearray(b"hello").translate(None, delete=b"l"))
print(b"abc".translate(bytearray(t)), b"abc".translate(None), bytearray(b"abc").translate(t, bytearray(b"c")))
for bad in ("0", "0x", "g0", "00 1", "00\u30000", "é0", "0 0"):
    try:
        print(bytes.fromhex(bad))
    except ValueError as e:
        print("ValueError:", e)
print(b"\x00\xff".hex(), bytes([1, 2, 3]).hex(sep="\x7f"), b"ab".hex("\n", 1))
