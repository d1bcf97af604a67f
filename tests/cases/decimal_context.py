# decimal contexts: flags, traps, signals, localcontext, Context attributes
import decimal
from decimal import *

print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(Overflow, Inexact),
      issubclass(Underflow, Subnormal), issubclass(FloatOperation, TypeError),
      issubclass(ConversionSyntax, InvalidOperation), issubclass(DecimalException, ArithmeticError))
print(DivisionByZero, decimal.ROUND_HALF_EVEN, decimal.MAX_PREC, decimal.MIN_EMIN, decimal.MAX_EMAX)
ctx = getcontext()
print(ctx.prec, ctx.rounding, ctx.Emin, ctx.Emax, ctx.capitals, ctx.clamp, ctx.Etiny(), ctx.Etop())
print(ctx.flags)
print(ctx.traps)


def attempt(label, f):
    try:
        r = f()
        print(label, repr(r))
    except DecimalException as e:
        print(label, type(e).__name__, e, e.args)


attempt('1/0', lambda: Decimal(1) / 0)
attempt('0/0', lambda: Decimal(0) / 0)
attempt('1%0', lambda: Decimal(1) % 0)
attempt('0//0', lambda: Decimal(0) // 0)
attempt('sqrt-1', lambda: Decimal(-1).sqrt())
attempt('ovf', lambda: Decimal('9E+999999') * 10)
attempt('inf-inf', lambda: Decimal('Inf') - Decimal('Inf'))
attempt('divimp', lambda: Decimal(10 ** 30) // Decimal('1E-10'))
attempt('nan<', lambda: Decimal(1) < Decimal('NaN'))
attempt('snan==', lambda: Decimal('sNaN') == 1)
attempt('syntax', lambda: Decimal('1.2.3'))
attempt('0**0', lambda: Decimal(0) ** 0)
print(ctx)
ctx.clear_flags()
attempt('1/3', lambda: Decimal(1) / 3)
print(ctx)
ctx.clear_flags()

c = Context(prec=5, rounding=ROUND_DOWN, Emin=-9, Emax=9, capitals=0, clamp=1, traps=[], flags=[])
print(c)
for f in [lambda: c.divide(Decimal(1), 0), lambda: c.multiply(Decimal('9E+9'), 10),
          lambda: c.divide(Decimal(1), Decimal('3E+12')), lambda: c.add(Decimal('1E-12'), 0),
          lambda: c.create_decimal('123456789'), lambda: c.create_decimal('1E+9'),
          lambda: c.sqrt(Decimal(2)), lambda: c.power(Decimal(2), 40)]:
    c.clear_flags()
    r = f()
    print(repr(r), str(r), sorted(k.__name__ for k, v in c.flags.items() if v))
c.traps[Inexact] = True
attempt('inexact', lambda: c.divide(Decimal(1), 3))
c.traps = {s: False for s in c.traps}
c.traps[Rounded] = 1
attempt('rounded', lambda: c.divide(Decimal(1), 3))
try:
    c.traps = [Overflow, Underflow]
except TypeError as e:
    print('TypeError', e)
c.traps = {s: s in (Overflow, Underflow) for s in c.traps}
attempt('overflow', lambda: c.multiply(Decimal('9E+9'), 10))
attempt('underflow', lambda: c.divide(Decimal(1), Decimal('3E+12')))
print(c)
for attr, val in [('prec', 0), ('prec', 'x'), ('rounding', 'UP'), ('Emin', 5), ('Emax', -1), ('capitals', 2), ('clamp', 3)]:
    try:
        setattr(c, attr, val)
    except (ValueError, TypeError) as e:
        print(attr, type(e).__name__)
with localcontext() as lc:
    lc.prec = 3
    print(Decimal(2) / 3, getcontext() is lc)
print(Decimal(2) / 3, getcontext() is ctx)
with localcontext(Context(prec=4)) as lc:
    print(Decimal(2) / 3, lc.prec)
try:
    with localcontext(prec=6, foo=1):
        pass
except TypeError as e:
    print('TypeError', e)
setcontext(ExtendedContext)
print(getcontext().prec, getcontext() is ExtendedContext, Decimal(1) / 0, Decimal(0) / 0)
setcontext(BasicContext)
print(getcontext())
setcontext(ctx)
ctx.traps[FloatOperation] = True
attempt('float', lambda: Decimal(1.5))
attempt('float<', lambda: Decimal(1) < 1.5)
attempt('float==', lambda: Decimal(1.5) == 1.5 if False else Decimal('1.5') == 1.5)
ctx.traps[FloatOperation] = False
print(Decimal('1.5') == 1.5, Decimal(1) < 1.5, ctx.flags[FloatOperation])
print(DefaultContext.prec, BasicContext.prec, ExtendedContext.traps[DivisionByZero])
