# decimal: construction, str/repr, tuples, conversions
from decimal import Decimal, InvalidOperation, getcontext

for s in ['0', '-0', '1.50', '-1.23E+5', '1e-7', '123456789e-20', '.5', '5.', '+7', ' 42 ',
          '1_000.5', 'Inf', '-infinity', 'nan', '-NaN12', 'sNaN', '0E+3', '0.000001', '0.0000001',
          '1E+0', '12.345E-3', '1e999999', '100E-2']:
    d = Decimal(s)
    print(repr(s), repr(d), str(d), d.to_eng_string(), d.as_tuple())
for bad in ['abc', '1e', '', '1.2.3', '--1', 'in f', '_1', '1_']:
    try:
        Decimal(bad)
        print('no error', repr(bad))
    except InvalidOperation as e:
        print(repr(bad), type(e).__name__, e)
print(repr(Decimal(3.14)), repr(Decimal(0.1)), repr(Decimal(-0.0)), repr(Decimal(float('inf'))))
print(repr(Decimal(10 ** 30)), repr(Decimal(-7)), repr(Decimal(True)), repr(Decimal.from_float(0.5)))
print(repr(Decimal((0, (3, 1, 4), -2))), repr(Decimal((1, (0,), 5))), repr(Decimal((0, (), 'F'))),
      repr(Decimal((1, (1, 2), 'n'))), repr(Decimal([0, [1, 0], 3])))
for t in [(2, (1,), 0), (0, (1, 12), -1), (0, (1,), 'x'), (0, (1,), 1.5)]:
    try:
        Decimal(t)
    except ValueError as e:
        print('ValueError', e)
for v in [1j, None, [1, 2]]:
    try:
        Decimal(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
t = Decimal('-3.140').as_tuple()
print(t.sign, t.digits, t.exponent, t == (1, (3, 1, 4, 0), -3))
for s in ['1.5', '-2.5', '0.1', '1E+20', '-0', '123.456', '1E-30']:
    d = Decimal(s)
    print(s, int(d), float(d), bool(d), round(d), d.as_integer_ratio(), d.adjusted())
for s in ['NaN', 'Infinity', 'sNaN']:
    for f in (int, float, round):
        try:
            print(s, f.__name__, f(Decimal(s)))
        except (ValueError, OverflowError) as e:
            print(s, f.__name__, type(e).__name__, e)
d = Decimal('-12.5')
print(d.is_signed(), d.is_zero(), d.is_finite(), d.is_nan(), d.is_infinite(), d.copy_abs(), d.copy_negate(),
      d.copy_sign(Decimal(1)), Decimal(3).copy_sign(Decimal('-0')))
print(Decimal('sNaN').is_nan(), Decimal('-Inf').is_infinite(), Decimal('0E-5').is_zero())
import math
print(math.floor(Decimal('-2.5')), math.ceil(Decimal('-2.5')), math.trunc(Decimal('-2.5')), complex(Decimal('1.5')))
getcontext().capitals = 0
print(Decimal('1E+10'), repr(Decimal('-1.5E-9')))
