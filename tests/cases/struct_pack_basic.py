# struct: pack/unpack of every code, byte orders, native sizes and alignment, calcsize.
import struct

for order in "@=<>!":
    for code in "bBhHiIlLqQ":
        fmt = order + code
        size = struct.calcsize(fmt)
        hi = (1 << (8 * size - (1 if code.islower() else 0))) - 1
        lo = -(hi + 1) if code.islower() else 0
        packed = struct.pack(fmt, lo) + struct.pack(fmt, hi) + struct.pack(fmt, 258 % (hi + 1))
        back = struct.unpack(order + code * 3, packed)
        print(fmt, size, packed.hex(), back == (lo, hi, 258 % (hi + 1)))

for code in "nNP":
    print(code, struct.calcsize(code), struct.pack(code, 5).hex(), struct.unpack(code, b"\xff" * 8))

print(struct.pack("<?", 0), struct.pack(">?", 1), struct.pack("?", "nonempty"), struct.pack("?", []))
print(struct.unpack("??", b"\x00\x07"), struct.unpack(">?", b"\x02"))
print(struct.pack("c", b"z"), struct.unpack("cc", b"ab"), struct.pack("3c", b"x", b"y", b"\x00"))
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcdef"), struct.pack("0s", b"a"),
      struct.pack("3s", bytearray(b"xyz")))
print(struct.unpack("4s", b"ab\x00\x00"), struct.unpack("2s2s", b"abcd"))
print(struct.pack("5p", b"ab"), struct.pack("3p", b"abcdef"), struct.pack("1p", b"abc"))
print(struct.unpack("5p", b"\x02abcd"), struct.unpack("3p", b"\x09abc"[:3]))
print(struct.pack("3x"), struct.pack("b2xb", 1, 2), struct.unpack("bxxb", b"\x01\x00\x00\x02"))

fmts = ["", "x", "c", "b", "h", "i", "l", "q", "e", "f", "d", "?", "P", "bi", "ib", "bq", "qb",
        "hd", "cci", "@bhiq", "=bhiq", "<bhiq", ">bhiq", "!bhiq", "3h", "3s", "3p", "2i3x",
        "i0q", "0q", "b0i", "bi0s", " i h ", "10c", "\tb\nq"]
print([struct.calcsize(f) for f in fmts])
print(struct.calcsize(b"<ii"), struct.pack(b">H", 513))

print(struct.pack("@bi", 1, 2).hex(), struct.pack("=bi", 1, 2).hex())
print(struct.pack("@bq", -1, -2).hex(), struct.pack("<bq", -1, -2).hex())
print(struct.pack("@ch", b"a", 1).hex(), struct.pack("@hd", 1, 2.0).hex())
print(struct.unpack("@bhiq", struct.pack("@bhiq", 1, 2, 3, 4)))

class Idx:
    def __index__(self):
        return 42

print(struct.pack("<i", Idx()), struct.pack("<B", True), struct.pack("<q", False))
print(struct.pack("<Q", 2 ** 64 - 1), struct.unpack("<q", b"\x00" * 7 + b"\x80"))
print(struct.pack(">I", 0xDEADBEEF).hex(), struct.pack("<I", 0xDEADBEEF).hex(),
      struct.pack("!h", -2).hex())
print(struct.unpack("<hHiIqQ", struct.pack("<hHiIqQ", -1, 65535, -5, 7, -9, 11)))
print(struct.unpack_from(">HH", b"\x00\x01\x00\x02\x00\x03", 2))
