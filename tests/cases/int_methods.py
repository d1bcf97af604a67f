# int methods and attributes.
n = 1000
print(n.bit_length(), n.bit_count(), (0).bit_length(), (-1).bit_length(), (255).bit_count(), (-7).bit_count())
print(n.to_bytes(2, "big"), n.to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True), (0).to_bytes(0, "big"))
print(int.from_bytes(b"\x03\xe8", "big"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 0], "little"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(n.as_integer_ratio(), n.numerator, n.denominator, n.real, n.imag, n.conjugate())
print((7).__index__(), int.__add__(3, 4), (5).__neg__(), (3).__pow__(2), (10).__floordiv__(3), (10).__rtruediv__(5))
print(int.__name__, isinstance(5, int), type(5 // 1).__name__, type(5 / 1).__name__, type(2 ** -1).__name__)
print((5).__eq__(5.0), (5).__eq__("5"), (5).__lt__(6), (5).__add__(1.0))
print(int("101", base=2), int(x="12") if False else int("12"), int.from_bytes(b"", "big"))
print(12 .real, 0x10.real if False else 16, (2).__sizeof__() > 0)
print(True.__add__(1), (10).__mod__(-3), (-10).__mod__(3), (10).__rmod__(3), (3).__rsub__(10))
print(int(-0.9), int(0.9), int(-1e-300), int("-0"), -0 == 0, abs(-0))
print((12345678987654321).bit_length(), (2 ** 64).to_bytes(9, "big").hex())
print(n.__format__("x"), format(n, "_b"), (255).__round__(-1), round(-255, -1), (15).__trunc__(), (15).__floor__(), (15).__ceil__())
