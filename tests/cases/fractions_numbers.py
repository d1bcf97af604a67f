# numbers: the ABC tower (Number > Complex > Real > Rational > Integral)
import numbers
from numbers import Number, Complex, Real, Rational, Integral
from fractions import Fraction

tower = (Number, Complex, Real, Rational, Integral)
for t in (int, bool, float, complex, Fraction, str, list, type(None)):
    print(t.__name__, [issubclass(t, c) for c in tower])
print([c.__name__ for c in Integral.__mro__])
print(isinstance(1, Integral), isinstance(1.5, Rational), isinstance(1j, Real),
      isinstance(True, Number), isinstance(Fraction(1, 2), Real), isinstance('1', Number))
print(sorted(numbers.__all__), Number.__hash__)
for c in tower:
    print(c.__name__, sorted(c.__abstractmethods__))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, str(e).split(' with ')[0])

show(lambda: type(Number()).__name__)
show(lambda: Integral())
show(lambda: Rational())

# A minimal Integral: the ABC fills in the derived methods.
class Three(Integral):
    def __int__(self): return 3
    def __pow__(self, e, m=None): return pow(3, e, m)
    def __lshift__(self, o): return 3 << o
    def __rlshift__(self, o): return o << 3
    def __rshift__(self, o): return 3 >> o
    def __rrshift__(self, o): return o >> 3
    def __and__(self, o): return 3 & o
    def __rand__(self, o): return o & 3
    def __xor__(self, o): return 3 ^ o
    def __rxor__(self, o): return o ^ 3
    def __or__(self, o): return 3 | o
    def __ror__(self, o): return o | 3
    def __invert__(self): return ~3
    def __add__(self, o): return 3 + o
    def __radd__(self, o): return o + 3
    def __neg__(self): return -3
    def __pos__(self): return 3
    def __mul__(self, o): return 3 * o
    def __rmul__(self, o): return o * 3
    def __truediv__(self, o): return 3 / o
    def __rtruediv__(self, o): return o / 3
    def __rpow__(self, b): return b ** 3
    def __abs__(self): return 3
    def __eq__(self, o): return o == 3
    def __hash__(self): return 3
    def __trunc__(self): return 3
    def __floor__(self): return 3
    def __ceil__(self): return 3
    def __round__(self, n=None): return 3
    def __floordiv__(self, o): return 3 // o
    def __rfloordiv__(self, o): return o // 3
    def __mod__(self, o): return 3 % o
    def __rmod__(self, o): return o % 3
    def __lt__(self, o): return 3 < o
    def __le__(self, o): return 3 <= o

t = Three()
print(t.numerator, t.denominator, float(t), complex(t), t.real, t.imag, t.conjugate())
print(t.__index__(), [10, 20, 30, 40][t], divmod(t, 2), t - 1, 10 - t)
print(bool(t), Fraction(t), Fraction(t, 4), Fraction(1, 2) + Fraction(t))

class Vector:
    pass
Complex.register(Vector)
print(issubclass(Vector, Number), issubclass(Vector, Real), isinstance(Vector(), Complex))
