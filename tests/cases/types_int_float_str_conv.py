# Conversions between numeric types and strings, repr/str round trips.
values = [0, 7, -7, 2 ** 70, 0.1, -2.5, 1e100, 1e-100, 123456789.123, float("inf")]
for v in values:
    s = repr(v)
    back = type(v)(s) if not isinstance(v, float) else float(s)
    print(s, str(v), back == v, type(back).__name__)
print(int(7.9), int(-7.9), int("7"), float(7), float("7"), str(7.0), str(7), int(float("1e5")), float(int(1e5)))
print(int(True), float(True), str(True), bool("False"), bool(0.0), complex("1+1j"), complex(1, 1) == 1 + 1j)
print(round(2.675, 2), "%.2f" % 2.675, f"{2.675:.2f}", format(2.675, ".3f"))
print(float("  +3.5\n"), int(" -0012 "), float("1e3"), int("1" + "0" * 20), float("1" + "0" * 20))
for bad in ["", " ", "1.2.3", "1e", "--1", "0x10", "inf5"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
