# decimal: format(), hash, comparisons with ints/floats/Fractions, sorting
from decimal import Decimal as D, getcontext
from fractions import Fraction

vals = ['1.20', '0', '0.00', '-1234567.891', '1E+5', '1.5E-9', 'Inf', '123.456', '-0.001',
        '100', '-NaN', '0.5', '2.5', '9.99', '0E+2']
specs = ['', '.2', 'g', '.3g', 'e', '.2e', 'f', '.2f', '%', '.1%', ',', '010.2f', '>12', '+.1e',
         'G', ',.2f', 'z.1f', '012,.2f', '.0e', '020,', '^15.3', '*<10', '=+12.2f', ' .3f', 'n',
         '.0f', '.0%', '0=8', '08.1e', 'E', '.10f']
for s in specs:
    print(repr(s), [format(D(x), s) for x in vals])
print(f'{D("3.14159"):.3f} {D("-2.5"):+08.2f} {D("1234.5"):,} {D("0.000123"):.2e}')
for bad in ['#f', '_', 'x', '.f']:
    try:
        format(D(1), bad)
    except ValueError as e:
        print(repr(bad), 'ValueError', e)
for x in ['1', '1.0', '-3', '0.5', '1E+2', '100.00', '0', '-0', '1.25', '0.1', '1E-20',
          '123456789012345678901234567890', 'Inf', '-Inf']:
    d = D(x)
    if d.is_finite() and d == int(d):
        ref = int(d)
    else:
        ref = float(d)
    print(x, hash(d), hash(d) == hash(ref))
print(hash(D('0.1')) == hash(Fraction(1, 10)), hash(D('-1')), hash(D('1E+30')) == hash(10 ** 30))
try:
    hash(D('sNaN'))
except TypeError as e:
    print('TypeError', e)
print(D(1) == 1, D('1.0') == 1, D('0.5') == 0.5, D('0.1') == 0.1, D(2) > 1, D('-0') == 0)
print(D('0.5') == Fraction(1, 2), D('0.3') < Fraction(1, 3), D(1) != D('NaN'), D('NaN') == D('NaN'))
print(D(1) < D(2), D('1.10') <= D('1.1'), D(-1) > D('-Inf'), D('Inf') >= D(10 ** 50))
print(max(D('1.5'), 2, D('0.3')), min([D(3), D('-2'), D('1E-5')]), sorted([D('2.5'), 1, D('-1'), D('2.50'), 0]))
print(1 in {D(1)}, D('1.00') in {1: 'x'}, len({D(1), D('1.0'), 1, 1.0}))
for a, b, op in [(D(1), 'x', '<'), (D(1), 1.5, '+'), (1.5, D(1), '*'), (D(1), 2j, '-'), (D(1), None, '/')]:
    try:
        eval('a ' + op + ' b')
    except TypeError as e:
        print('TypeError', e)
print(D(1) == 'x', D(1) != None, D(1) == [1])
print(sum([D('0.1'), D('0.2'), D('0.3')]), D('3') * 2.0 if False else D('3') * 2)
