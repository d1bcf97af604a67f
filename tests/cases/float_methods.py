# float methods: is_integer, as_integer_ratio, hex/fromhex, conjugate, real/imag.
for v in [1.0, 1.5, -2.0, 0.1, 1e20, 0.0]:
    print(v, v.is_integer(), v.as_integer_ratio())
print((0.5).hex(), (1.0).hex(), (-0.1).hex(), (3.0).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x1.999999999999ap-4"))
print((2.5).real, (2.5).imag, (2.5).conjugate(), float.__name__, (1.5).__trunc__(), (-1.5).__floor__(), (-1.5).__ceil__())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
print(float("inf").is_integer(), float("nan").is_integer())
print(float.fromhex("inf"), float.fromhex("0x0p0"), (1e-310).hex())
print((7.0).__floordiv__(2), (7.0).__mod__(-2), (2.0).__pow__(0.5), (1.0).__rsub__(3), (9.0).__divmod__(4))
print(int(2.9), int(-2.9), round(2.9), float(int(2.9)), float(7), float(-0))
print(sorted([2.5, -1.0, float("inf"), float("-inf"), 0.0]))
print(max(1.0, float("nan")), min(float("nan"), 1.0))
