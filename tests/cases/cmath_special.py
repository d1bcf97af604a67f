# cmath on infinities, NaNs and signed zeros (C99 Annex G special values)
import cmath

inf = float('inf')
nan = float('nan')
vals = [inf, -inf, nan, 0.0, -0.0, 1.0, -2.5]
names = ['sqrt', 'exp', 'log', 'log10', 'acos', 'asin', 'atan', 'acosh',
         'asinh', 'atanh', 'cos', 'sin', 'tan', 'cosh', 'sinh', 'tanh']


def show(f, z):
    try:
        return repr(getattr(cmath, f)(z))
    except (ValueError, OverflowError) as e:
        return type(e).__name__ + ':' + str(e)


for f in names:
    row = []
    for x in vals:
        for y in vals:
            row.append(show(f, complex(x, y)))
    print(f)
    for i in range(0, len(row), 7):
        print('  ' + ' '.join(row[i:i + 7]))

for r in vals:
    out = []
    for p in vals:
        try:
            out.append(repr(cmath.rect(r, p)))
        except ValueError as e:
            out.append('ValueError')
    print('rect', r, ' '.join(out))

for z in [complex(-1, 0.0), complex(-1, -0.0), complex(-0.0, 0.0), complex(inf, -inf),
          complex(1e300, 1e-310), -0.0]:
    try:
        print('phase', repr(cmath.phase(z)), cmath.polar(z))
    except OverflowError as e:
        print('phase', 'OverflowError', e)
print(cmath.exp(complex(709.5, 1.0)))
for f, z in [('exp', complex(710, 1)), ('cosh', complex(711, 1)), ('sinh', complex(-711, 1)),
             ('cos', complex(1, 711)), ('log', 0), ('atanh', 1), ('atanh', -1.0),
             ('log', 0j)]:
    print(f, z, show(f, z))
