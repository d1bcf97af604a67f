# fractions: constructors (ints, strings, floats, Rationals), errors, limit_denominator
from fractions import Fraction as F

print(F(), F(7), F(-6, 4), F(6, -4), F(0, -5), F(10**30, 10**28), F(True), F(3, True))
print(F(F(1, 2)), F(F(1, 2), F(3, 4)), F(3, F(1, 2)), F(F(5, 2), 7))
print(F(2.5), F(-0.0), F(0.1), F(1e-5), F(2.0**70), F(float(2**-60)))
for s in ['3/7', '-3/7', '+3/7', '  12  ', '\t-4/6\n', '1.5', '-0.125', '.5', '5.', '1e3',
          '5E-2', '-1.25e+2', '1_000', '1_0/2_0', '3.1_4', '١٢/٤', '0/5', '007', '2.5e-1_0']:
    print(repr(s), repr(F(s)))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ['', ' ', 'abc', '1 / 3', '1/-3', '1/3.0', '1.2.3', '1..2', '1/2/3', '1__2', '1_',
          '_1', '+-1', '1e', 'e5', 'inf', 'nan', '0x10', '1/0', '-3/0', '.', '1.d']:
    show(lambda: F(s))
show(lambda: F(7, 0))
show(lambda: F(F(1, 2), F(0)))
show(lambda: F(1.5, 2))
show(lambda: F(1, 2.0))
show(lambda: F([1]))
show(lambda: F(1j))
show(lambda: F(float('nan')))
show(lambda: F(float('inf')))
show(lambda: F.from_float(0.75))
show(lambda: F.from_float(3))
show(lambda: F.from_float('1'))
show(lambda: F.from_float(F(1, 2)))
show(lambda: F.from_decimal(3))
show(lambda: F.from_decimal(3.5))
print(F(1, 3).as_integer_ratio(), F(-7, 2).as_integer_ratio(), F(4).numerator, F(6, 4).denominator)

import math
print(F(math.pi).limit_denominator(), F(math.pi).limit_denominator(10), F(math.pi).limit_denominator(100))
print(F('3.14159265358979').limit_denominator(1000), F(1, 10**30).limit_denominator(1000))
print(F(0.1).limit_denominator(), F(1, 3).limit_denominator(1), F(-17, 5).limit_denominator(2))
print(F(5, 3).limit_denominator(3), F(201, 200).limit_denominator(100))
show(lambda: F(1, 3).limit_denominator(0))

class Half(F):
    pass
h = Half(1, 2)
print(repr(h), type(h).__name__, repr(Half('3/9')), type(h + 1).__name__, type(-h).__name__)
import copy
print(copy.copy(F(2, 3)), copy.deepcopy(h), type(copy.copy(h)).__name__, F(1, 5).__reduce__())
