# fractions: arithmetic with Fraction/int/float/complex, comparisons, hashing, rounding
from fractions import Fraction as F
import math

a, b = F(3, 4), F(-5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(a + 1, 1 + a, a - 2, 2 - a, a * 4, 4 * a, a / 3, 3 / a, 7 // a, 7 % a, a % 2)
print(a + 0.5, 0.5 + a, a * 2.0, 2.0 / a, a // 0.2, a % 0.5, divmod(a, 0.5))
print(a + 1j, 1j * a, a - (1 + 2j))
print(a ** 2, a ** -2, b ** 3, b ** -3, F(0) ** 0, a ** 0.5, a ** F(1, 2), 2 ** F(3), 4 ** F(1, 2))
print(F(9, 4) ** F(-2), 2.0 ** F(2), F(-8, 27) ** -1, 2 ** F(-2), F(1, 2) ** 2.0)
print(-a, +a, abs(b), bool(F(0)), bool(b))
print(F(1, 3) + F(1, 6), F(1, 3) - F(1, 3), F(2, 3) * F(3, 2), F(10**20, 3) / F(10**20, 9))
print(F(1, 2**61 - 1) + F(1, 3), F(-6, 4) / F(-3, 8))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: F(3, 4) / 0)
show(lambda: F(-6, 4) / F(0))
show(lambda: 5 / F(0))
show(lambda: F(3, 4) // 0)
show(lambda: F(3, 4) % 0)
show(lambda: F(0) ** -1)
show(lambda: F(1, 2) + 'a')
show(lambda: F(1, 2) < 1j)
show(lambda: format(F(1, 3), '.2f'))

print(a == F(6, 8), a == 0.75, a == 0.75 + 0j, F(2) == 2, F(1, 3) == 1 / 3, a != b)
print(a < 1, a > 0.7, b <= -0.8, a >= F(3, 4), F(1, 3) < float('inf'), F(1, 3) > float('-inf'))
print(F(1, 3) == float('nan'), F(1, 3) < float('nan'), 0.3 < F(1, 3), 1 > F(1, 3))
print(sorted([F(1, 2), 0.3, 1, F(-1, 3), -1, F(7, 3)]), max(F(1, 3), 0.33), min(F(1, 3), 1))

for x in [F(0), F(1), F(-1), F(1, 2), F(-1, 2), F(1, 3), F(22, 7), F(10**20, 3), F(1, 2**61 - 1)]:
    print(x, hash(x), hash(x) == hash(float(x)) if x.denominator & (x.denominator - 1) == 0 else '-')
print(hash(F(5)) == hash(5), hash(F(5, 2)) == hash(2.5), len({F(1, 2), 0.5, F(2, 4)}))
print({F(1): 'one', 1: 'int', 1.0: 'float'})

for x in [F(5, 2), F(7, 2), F(-5, 2), F(-7, 2), F(10, 3), F(-10, 3), F(1, 2), F(0)]:
    print(x, round(x), math.floor(x), math.ceil(x), math.trunc(x), int(x), float(x))
print(round(F(12345, 100), 1), round(F(12345, 100), -2), round(F(-25, 1000), 2), round(F(1, 3), 5))
print(type(round(F(7, 2))).__name__, type(round(F(7, 2), 1)).__name__)
print(str(F(-3, 6)), str(F(4, 2)), repr(F(-3, 6)), f'{F(1, 3)}', '%s' % F(2, 5), format(F(2, 7)))
print(F(1, 3).real, F(1, 3).imag, F(1, 3).conjugate(), complex(F(1, 4)), float(F(10**400, 3 * 10**399)))
total = sum(F(1, n) for n in range(1, 21))
print(total, float(total), sum([F(1, 10)] * 10) == 1, sum([0.1] * 10) == 1)
