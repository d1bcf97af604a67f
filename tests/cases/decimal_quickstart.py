# the decimal documentation's quick-start tutorial
from decimal import *

print(getcontext())
getcontext().prec = 7
print(repr(Decimal(10)), repr(Decimal('3.14')), repr(Decimal(3.14)))
print(repr(Decimal((0, (3, 1, 4), -2))), repr(Decimal(str(2.0 ** 0.5))), repr(Decimal(2) ** Decimal('0.5')))
print(repr(Decimal('NaN')), repr(Decimal('-Infinity')))
c = getcontext()
c.traps[FloatOperation] = True
try:
    Decimal(3.14)
except FloatOperation as e:
    print('FloatOperation', e)
try:
    Decimal('3.5') < 3.7
except FloatOperation as e:
    print('FloatOperation', e)
print(Decimal('3.5') == 3.5)
c.traps[FloatOperation] = False

getcontext().prec = 6
print(repr(Decimal('3.0')), repr(Decimal('3.1415926535')))
print(repr(Decimal('3.1415926535') + Decimal('2.7182818285')))
getcontext().rounding = ROUND_UP
print(repr(Decimal('3.1415926535') + Decimal('2.7182818285')))

data = list(map(Decimal, '1.34 1.87 3.45 2.35 1.00 0.03 9.25'.split()))
print(max(data), min(data), sorted(data), sum(data))
a, b, c = data[:3]
print(str(a), float(a), round(a, 1), int(a), a * 5, a * b, c % a)

getcontext().prec = 28
print(repr(Decimal(2).sqrt()))
print(repr(Decimal(1).exp()), repr(Decimal('10').ln()), repr(Decimal('10').log10()))
print(repr(Decimal('7.325').quantize(Decimal('.01'), rounding=ROUND_DOWN)))
print(repr(Decimal('7.325').quantize(Decimal('1.'), rounding=ROUND_UP)))

myothercontext = Context(prec=60, rounding=ROUND_HALF_DOWN)
setcontext(myothercontext)
print(repr(Decimal(1) / Decimal(7)))
print(ExtendedContext)
setcontext(ExtendedContext)
print(repr(Decimal(1) / Decimal(7)))
print(repr(Decimal(42) / Decimal(0)))
setcontext(BasicContext)
try:
    Decimal(42) / Decimal(0)
except DivisionByZero as e:
    print('DivisionByZero', e)

setcontext(ExtendedContext)
getcontext().clear_flags()
print(repr(Decimal(355) / Decimal(113)))
print(getcontext())
getcontext().traps[DivisionByZero] = 1
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print('DivisionByZero', e, isinstance(e, ZeroDivisionError), isinstance(e, ArithmeticError))

setcontext(DefaultContext)
print(getcontext())
with localcontext() as ctx:
    ctx.prec = 42
    s = Decimal(1) / Decimal(3)
    print(repr(s))
s = +s
print(repr(s))
with localcontext(prec=5, rounding=ROUND_FLOOR) as ctx:
    print(ctx.prec, ctx.rounding, Decimal(2) / 3, -Decimal(2) / 3)
print(getcontext().prec)
# money
print(Decimal('19.99') * 3, (Decimal('0.70') * Decimal('1.05')).quantize(Decimal('0.01')))
print(sum([Decimal('0.1')] * 10) == Decimal('1.0'), sum([0.1] * 10) == 1.0)
