# struct floats: 'e' (half), 'f' (single) and 'd' (double) packing, rounding, specials, overflow.
import struct
import math

values = [0.0, -0.0, 1.0, -2.5, 0.1, 1 / 3, 65504.0, 65519.0, 6.1e-05, 5.96e-08, 3e-08,
          2.9e-08, 1e-10, 3.4028234e38, 1.17549435e-38, 1.4e-45, 7e-46, 1e-320, 5e-324,
          1.7976931348623157e308, 123456.789, -98765.4321, 2.0 ** 24 + 1, 2.0 ** 53 + 2]
for v in values:
    row = [repr(v)]
    for code in "efd":
        for order in "<>":
            try:
                b = struct.pack(order + code, v)
                row.append(b.hex() + "=" + repr(struct.unpack(order + code, b)[0]))
            except OverflowError as e:
                row.append("OverflowError(%s)" % e)
    print(" ".join(row))

for code in "efd":
    for v in [float("inf"), float("-inf"), float("nan"), -float("nan")]:
        b = struct.pack("<" + code, v)
        back = struct.unpack("<" + code, b)[0]
        print(code, v, b.hex(), back if not math.isnan(back) else "nan",
              math.copysign(1.0, back))

print(struct.pack("f", 3.5e38).hex(), struct.pack("@f", -1e39).hex())
for fmt in ["<f", ">f", "<e", "e"]:
    try:
        struct.pack(fmt, 3.5e38)
    except OverflowError as e:
        print(fmt, "OverflowError", e)
print(struct.pack("<e", 65520.0 - 1e-9).hex())
try:
    struct.pack("<e", 65520.0)
except OverflowError as e:
    print("OverflowError", e)

# Every half-precision bit pattern round-trips through unpack then pack.
bad = 0
for bits in range(0, 65536, 7):
    raw = bits.to_bytes(2, "little")
    x = struct.unpack("<e", raw)[0]
    if x == x and struct.pack("<e", x) != raw:
        bad += 1
print("half roundtrip mismatches:", bad)
for raw in ["0100", "ff03", "0004", "ff7b", "007c", "01fc", "0080"]:
    print(raw, struct.unpack("<e", bytes.fromhex(raw)))
for raw in ["01000000", "ffff7f00", "00008000", "ffff7f7f", "0000807f"]:
    print(raw, struct.unpack("<f", bytes.fromhex(raw)))
print(struct.unpack("<d", bytes.fromhex("0100000000000000")),
      struct.unpack(">d", bytes.fromhex("3ff0000000000001")))

class F:
    def __float__(self):
        return 2.5

class I:
    def __index__(self):
        return 3

print(struct.pack("<d", F()).hex(), struct.pack("<d", I()).hex(), struct.pack("<f", 7).hex(),
      struct.pack("<e", True).hex())
print(struct.pack("<ddd", 1, 2, 3) == struct.pack("<3d", 1.0, 2.0, 3.0))
