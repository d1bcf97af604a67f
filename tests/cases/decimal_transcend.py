# decimal exp, ln, log10 and non-integral powers: correctly rounded, with flags
import random
from decimal import *

D = Decimal
c = getcontext()
for x in ['1', '0', '-0', '2', '10', '100', '0.001', '1E-5', '-1', 'Inf', '-Inf', 'NaN',
          '1.0000000000000000000000000000000000001', '2.5', '-2.5', '1E-40', '-1E-40', '230',
          '-230', '123456.789', '0.999999999', '1E+100', '7E-999', '3000000', '-3000000']:
    out = []
    for f in ['exp', 'ln', 'log10']:
        c.clear_flags()
        try:
            r = getattr(D(x), f)()
        except DecimalException as e:
            r = type(e).__name__
        out.append('%s %s' % (r, ''.join(k.__name__[:3] for k, v in c.flags.items() if v)))
    print(x, out)
for a, b in [(4, '0.5'), (2, '0.5'), (1, '0.5'), ('1.00', '2.5'), (8, '0.333'), (100, '1.5'),
             ('0.25', '0.5'), (2, '-0.5'), (10, '2.0'), (16, '0.25'), ('1E+2', '0.5'),
             ('1.5', '-3.7'), ('123.456', '7.89'), ('0.5', '1E+10'), ('7', '0.0000001'),
             ('-2', '0.5'), ('0', '0.5'), ('0', '-0.5'), ('Inf', '0.5'), ('2', '1E+7')]:
    c.clear_flags()
    try:
        r = D(a) ** D(b)
    except DecimalException as e:
        r = type(e).__name__
    print(a, b, r, [k.__name__ for k, v in c.flags.items() if v])
random.seed(5)
for i in range(120):
    prec = random.choice([5, 9, 28, 50])
    with localcontext(prec=prec, rounding=random.choice([ROUND_DOWN, ROUND_UP, ROUND_HALF_EVEN])):
        x = D(random.randint(1, 10 ** 12)).scaleb(random.randint(-20, 5))
        y = D(random.randint(-10 ** 6, 10 ** 6)).scaleb(random.randint(-8, -1))
        out = [x.ln(), x.log10()]
        if x.adjusted() < 4:
            out += [x.exp(), (-x).exp()]
        if y != int(y):
            out.append(x ** y)
        print(prec, x, y, ' '.join(map(str, out)))
with localcontext(Context(prec=6, Emax=99, Emin=-99, traps=[])) as ctx:
    for x in ['230', '-230', '-300', '1E+200']:
        ctx.clear_flags()
        print(x, D(x).exp(), D(x).ln(), sorted(k.__name__ for k, v in ctx.flags.items() if v))
