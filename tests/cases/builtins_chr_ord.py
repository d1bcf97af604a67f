# chr, ord, bin, hex, oct and int() with bases.
print(chr(65), chr(97), chr(0x263A), chr(0x1F600), chr(0), repr(chr(10)), repr(chr(0x10FFFF)))
print(ord("A"), ord("é"), ord("€"), ord("😀"), ord("\n"), ord(b"A"), ord(bytearray(b"z")))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
print(bin(10), bin(-10), bin(0), bin(2 ** 70), hex(255), hex(-255), hex(0), hex(2 ** 64), oct(8), oct(-8), oct(0))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0b101", 0), int("0o17", 0), int("z", 36), int("  42  "), int("-0"), int("1_000"))
print(int("777", 8), int("11", 2), int("+5"), int(b"12"), int("١٢٣"))
for bad in ["", "1.5", "0x", "12a", "1__0", " ", "0b2"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), hex(Idx()), oct(Idx()), list(range(50))[Idx()], "x" * Idx() == "x" * 42)
print([chr(c) for c in range(ord("a"), ord("f"))], "".join(map(chr, [72, 105])))
print(format(255, "#x"), format(255, "#o"), format(5, "#b"), f"{255:X}", f"{10:08b}")
