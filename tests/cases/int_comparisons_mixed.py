# Exact comparisons between big ints and floats (no precision loss in comparisons).
big = 2 ** 53 + 1
print(big == float(big), big > float(big), float(big) < big, big - 1 == float(big - 1))
print(10 ** 16 + 1 > 1e16, 10 ** 16 + 1 == 1e16, 10 ** 400 > float("inf"), -(10 ** 400) < float("-inf"))
print(2 ** 1024 > 1.7976931348623157e308, 2 ** 1023 == 2.0 ** 1023, 3 < 3.0000000000000004, 3 == 3.0)
print(float("nan") == 10 ** 100, float("nan") < 10 ** 100, 10 ** 100 != float("nan"))
vals = [2 ** 64, 1.8446744073709552e19, 2 ** 64 + 1, 18446744073709551615, -0.0, 0]
print(sorted(vals), max(vals), min(vals))
print(sorted([1, 1.0, True, 0.5, -1, 2 ** 70, 1e21]), [type(x).__name__ for x in sorted([1.0, 1, True])])
print(int(1e21) == 10 ** 21, int(1e23), 10 ** 23 == 1e23, round(1e23) == 10 ** 23)
