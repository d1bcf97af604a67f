# round: half-to-even, ndigits positive and negative, ints, floats, types.
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4, 0.6, 2.675, 1e300]:
    print(x, round(x), type(round(x)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(-3.14159, 1), round(12345.6789, -2), round(5.5, 0), type(round(5.5, 0)).__name__)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(7), round(7, 2), type(round(7, 2)).__name__, round(True), round(10 ** 20 + 1, -5))
print(round(0.0), round(-0.0), round(-0.4), round(1e-20, 25) > 0)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(float("nan"), 1))
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)
print(round(2.5000001), round(-2.5000001), round(0.1 + 0.2, 15), round(1 / 3, 5))
