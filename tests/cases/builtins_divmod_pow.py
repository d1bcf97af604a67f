# divmod and pow (two and three arguments), including negative and float cases.
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (10 ** 20, 7)]:
    print(a, b, divmod(a, b), a // b, a % b)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5), divmod(1, -0.3))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 1 / 3).real > 0, pow(0, 0), pow(0.0, 0))
print(pow(3, 4, 5), pow(2, 100, 1000007), pow(-3, 3, 7), pow(3, -1, 7), pow(38, -1, 97))
print(pow(10 ** 30, 10 ** 10, 12345), pow(7, 0, 1), pow(5, 3, -4))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print((-8) ** 0.5 == pow(-8, 0.5), type((-8) ** 0.5).__name__)
print(2 ** 0.5, 10 ** -2, (-2) ** 3, (-2) ** -2, 1.5 ** 2)
print(pow(base=2, exp=5), pow(2, 5, mod=3))
class Pw:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other):
        return ("rpow", other)
print(pow(Pw(), 2), pow(Pw(), 2, 3), 2 ** Pw())
