# decimal arithmetic: + - * / // % divmod **, rounding modes, quantize, sqrt
from decimal import *

D = Decimal
pairs = [('1.30', '1.2'), ('-7', '2'), ('7.5', '-2'), ('1', '3'), ('2', '3'), ('0', '-5'),
         ('-0', '5'), ('0.00', '-3'), ('1E+3', '7'), ('123456789012345678901234567', '0.7'),
         ('1E-10', '3'), ('-2.5', '-0.5'), ('10', '0.1')]
for x, y in pairs:
    a, b = D(x), D(y)
    print(x, y, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(D(5) + 3, 3 - D(5), 2 * D('1.5'), 1 / D(8), 7 // D(2), -7 % D(3), D(2) ** 10)
for base, e in [('2', 100), ('2', -2), ('0.5', -2), ('-1.5', 3), ('10', -3), ('1.1', 50),
                ('0', 5), ('0', -1), ('Inf', 2), ('-Inf', 3), ('1.000', 3), ('7', 123456)]:
    try:
        print(base, e, repr(D(base) ** e))
    except DecimalException as ex:
        print(base, e, type(ex).__name__, ex)
print(-D('1.5'), +D('-0'), abs(D('-2.50')), -D('0'), abs(D('-Inf')))
print(D(2).sqrt(), D('0.25').sqrt(), D(100).sqrt(), D('1.00').sqrt(), D('1E+2').sqrt(), D(0).sqrt(),
      D('-0').sqrt(), D('Inf').sqrt(), D('0.0001').sqrt(), D(10).sqrt())
modes = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
         ROUND_HALF_DOWN, ROUND_05UP]
for m in modes:
    row = [D(v).quantize(D('1.0'), rounding=m) for v in
           ['1.25', '1.35', '-1.25', '1.251', '-1.249', '1.05', '1.01', '-0.01', '2.99']]
    print(m, ' '.join(map(str, row)))
for m in modes:
    with localcontext(prec=4, rounding=m):
        print(m, D(1) / 3, D(-2) / 3, D('12345'), +D('12345'), D('99995') + 0, D('-1.00005') * 1)
print(D('7.325').quantize(D('0.01')), D('7.325').quantize(D('1E+1')), D('1.5').quantize(D('1E-20')))
for x, q in [('123.456', '1E+5'), ('1E+30', '1'), ('Inf', '1'), ('Inf', 'Inf'), ('NaN', '1')]:
    try:
        print(x, q, repr(D(x).quantize(D(q))))
    except InvalidOperation as e:
        print(x, q, 'InvalidOperation', e)
print(D('2.5').to_integral_value(), D('3.5').to_integral_value(), D('-2.7').to_integral_value(ROUND_DOWN),
      D('1E+3').to_integral_value(), D('2.675').to_integral_exact(ROUND_HALF_UP))
print(D('1.200').normalize(), D('0.00').normalize(), D('-120E+3').normalize(), D('1E+3').normalize())
print(round(D('2.5')), round(D('3.5')), round(D('-2.5')), round(D('3.14159'), 3), round(D('1234.5'), -2),
      round(D('0.125'), 2), round(D('2.675'), 2))
print(D(1).max(D(2)), D(5).max(D('5.0')), D(5).min(D('5.0')), D('NaN').max(D(3)), D(-1).min(D('-Inf')))
print(D(1).compare(D(2)), D(2).compare(D(2)), D(3).compare(D('2.99')), D('NaN').compare(D(1)))
print(D('Inf') + 1, D('-Inf') * -2, D(1) / D('Inf'), D('Inf') // 3, 5 % D('Inf'), D('NaN') + 1)
big = D('1E+999999') + D(1)
print(big, D('1E-999999') + D(1), D('1.5E-999999') * D(1))
