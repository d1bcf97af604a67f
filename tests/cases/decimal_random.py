# decimal: random operands and contexts, results and flags compared with CPython
import random
from decimal import *

random.seed(2024)
SIGS = (InvalidOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped)
MODES = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
         ROUND_HALF_DOWN, ROUND_05UP]
SPECS = ['', '.3', 'e', '.2e', 'f', '.4f', 'g', '.5g', '%', ',.2f', '015,.3f', '+.1E', '^20']


def rd():
    if random.random() < 0.05:
        return Decimal(random.choice(['0', '-0', '0.000', 'Inf', '-Inf', 'NaN', '1E+5', '-0E-3']))
    digs = ''.join(random.choice('0123456789') for _ in range(random.choice([1, 2, 3, 5, 10, 30])))
    e = random.choice([0, 0, -1, -2, -5, 3, random.randint(-40, 40), random.randint(-1010, 1010)])
    return Decimal(random.choice(['', '-']) + digs + 'E' + str(e))


def run(op, a, b):
    if op == '+': return a + b
    if op == '-': return a - b
    if op == '*': return a * b
    if op == '/': return a / b
    if op == '//': return a // b
    if op == '%': return a % b
    if op == 'divmod': return divmod(a, b)
    if op == 'cmp': return (a < b, a == b, a >= b, a.compare(b), a.max(b), a.min(b))
    if op == 'q': return a.quantize(Decimal(1).scaleb(random.randint(-6, 4)), rounding=random.choice(MODES))
    if op == 'sqrt': return a.sqrt()
    if op == 'pow':
        n = random.randint(-5, 12)
        with localcontext(Emin=-999999, Emax=999999, clamp=0):
            return a ** n
    if op == 'unary': return (-a, +a, abs(a), a.normalize())
    if op == 'int': return (a.to_integral_value(), a.to_integral_exact(), a.to_eng_string())
    if op == 'fmt':
        return [format(a, s) for s in SPECS]
    if op == 'conv':
        if not a.is_finite() or abs(a.adjusted()) > 200:
            return None
        return (float(a), int(a), round(a), round(a, 2), hash(a))


ops = ['+', '-', '*', '/', '//', '%', 'divmod', 'cmp', 'q', 'sqrt', 'pow', 'unary', 'int', 'fmt', 'conv']
for i in range(700):
    ctx = Context(prec=random.choice([1, 3, 5, 9, 28, 40]), rounding=random.choice(MODES),
                  Emin=random.choice([-999999, -20, -3]), Emax=random.choice([999999, 20, 5]),
                  clamp=random.choice([0, 0, 1]), traps=[])
    setcontext(ctx)
    a, b = rd(), rd()
    op = random.choice(ops)
    try:
        r = run(op, a, b)
    except DecimalException as e:
        r = type(e).__name__
    fl = ''.join(s.__name__[:3] for s in SIGS if ctx.flags[s])
    print(i, a, op, b, r, fl)
