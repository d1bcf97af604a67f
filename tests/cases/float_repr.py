# float repr: shortest round-trip form, exponent thresholds, special values.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 1e15, 1e16, 1.5e16, 123456789012345678.0,
        1e-4, 1e-5, 0.00012345, 1.2345e-5, 1e22, 1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        float("inf"), float("-inf"), float("nan"), 3.141592653589793, 2.718281828459045, 9007199254740993.0,
        0.3, 1.1 * 3, 4.35, 0.07 * 100, 1e100, 123.456, -1e-10, 12345678.9, 0.5, 2 ** 0.5, 1e308 * 10]
for v in vals:
    print(repr(v), str(v))
print([0.1, 0.25], (1.0,), {1.5: 2.5})
print(1e16 == 10 ** 16, float(10 ** 16), float("1e16"), 1e15 + 0.3)
print(float("0.1") == 0.1, float(repr(0.1 + 0.2)) == 0.1 + 0.2, float("-0") , float("+1.0"), float(" 1e5 "))
print(float("1_000.000_1"), float("infinity"), float("-iNF"), float("NaN"), float("-nan"))
print(1.0 * 10 ** 308, 1e-320, 1e-400, -1e-400, 0.1 * 3, 1 - 0.9)
