# binascii: hexlify/unhexlify (with sep), b2a_hex/a2b_hex, crc32, crc_hqx and their errors.
import binascii

def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

for d in [b"", b"\x00", b"\x01\xab\xff", b"hello world", bytearray(b"\x10\x20\x30\x40\x50")]:
    h = binascii.hexlify(d)
    print(h, binascii.b2a_hex(d), binascii.unhexlify(h) == d, binascii.a2b_hex(h.decode()) == d)
    print("  ", binascii.hexlify(d, "-"), binascii.hexlify(d, b":", 2), binascii.hexlify(d, " ", -2))

show(binascii.hexlify, b"abcdef", "::")
show(binascii.hexlify, "text")
show(binascii.b2a_hex, 12)
for s in [b"", b"00ff", "ABcd", b"0", b"abc", b"zz", b"0g", "12 34", b"12 3", "\u00e91"]:
    show(binascii.unhexlify, s)
show(binascii.a2b_hex, 5)
show(binascii.unhexlify, bytearray(b"7a7A"))

for d in [b"", b"a", b"123456789", b"The quick brown fox jumps over the lazy dog", bytes(range(256))]:
    print(binascii.crc32(d), binascii.crc_hqx(d, 0), binascii.crc_hqx(d, 0xFFFF))
c = binascii.crc32(b"hello ")
print(binascii.crc32(b"world", c) == binascii.crc32(b"hello world"))
print(binascii.crc32(b"x", -1), binascii.crc32(b"x", 2 ** 40 + 5), binascii.crc32(b"x", 0xFFFFFFFF))
print(binascii.crc_hqx(b"x", -1), binascii.crc_hqx(b"x", 2 ** 20 + 3), binascii.crc_hqx(b"", 0x12345))
show(binascii.crc32, "str")
show(binascii.crc_hqx, "str", 0)
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception),
      binascii.Error.__name__, binascii.Incomplete.__name__)
try:
    binascii.unhexlify(b"abc")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e)
