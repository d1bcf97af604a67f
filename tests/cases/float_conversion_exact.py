# Exact float <-> int conversions, as_integer_ratio, float.hex round trip, int() truncation of big floats.
for f in [0.1, 0.5, 1.25, 1e20, 1e-3, 123.456, 2.0 ** -1074, 2.0 ** 1023]:
    n, d = f.as_integer_ratio()
    print(repr(f), n if n < 10 ** 30 else len(str(n)), d if d < 10 ** 30 else len(str(d)), n / d == f, float.fromhex(f.hex()) == f)
print(int(1e300) == 10 ** 300, int(1e300) % 10 ** 9, len(str(int(1e300))), int(-1.9999999999999998), int(2.5e15))
print(float(10 ** 300) == 1e300, float(2 ** 1023) == 2.0 ** 1023, float(123456789012345678901234567890))
print((0.1).hex(), (-2.5).hex(), (1e-320).hex(), float.fromhex("0x1.fffffffffffffp+1023"), float.fromhex("-0x0.0000000000001p-1022"))
print(7.0 // 0.1, 7.0 % 0.1, divmod(7.0, 0.1), 0.1 * 70, 7 / 0.1)
