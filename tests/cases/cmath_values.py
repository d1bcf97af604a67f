# cmath on ordinary and extreme finite values, checked against exact reprs
import cmath
import random

random.seed(12345)
names = ['sqrt', 'exp', 'log', 'log10', 'acos', 'asin', 'atan', 'acosh',
         'asinh', 'atanh', 'cos', 'sin', 'tan', 'cosh', 'sinh', 'tanh', 'phase', 'polar']
lines = 0
for i in range(150):
    k = i % 3
    if k == 0:
        z = complex(random.uniform(-3, 3), random.uniform(-3, 3))
    elif k == 1:
        z = complex(random.uniform(-1.5, 1.5), random.choice([0.0, -0.0, random.uniform(-1e-8, 1e-8)]))
    else:
        z = complex(random.choice([-1, 1]) * 10 ** random.uniform(-300, 300),
                    random.choice([-1, 1]) * 10 ** random.uniform(-300, 300))
    out = []
    for f in names:
        try:
            out.append(repr(getattr(cmath, f)(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    if i % 10 == 0:
        print(repr(z))
        for f, o in zip(names, out):
            print('  ', f, o)
    else:
        print(repr(z), hash(tuple(out)) % 1000003)
    lines += 1
print(lines)

# branch cuts: the sign of a zero imaginary part picks the side
for z in [complex(-4, 0.0), complex(-4, -0.0), complex(2, 0.0), complex(2, -0.0)]:
    print(z, cmath.sqrt(z), cmath.log(z), cmath.acos(z), cmath.asin(z), cmath.atanh(z), cmath.acosh(z))
for z in [complex(0.0, 2), complex(-0.0, 2), complex(0.0, -2), complex(-0.0, -2)]:
    print(z, cmath.atan(z), cmath.asinh(z))
print(cmath.log(8, 2), cmath.log(1j, 1j), cmath.log(-1, 10), cmath.log10(-100))
print(cmath.log(100, 10), cmath.log(2+3j, 1+1j))
for args in [(8, 1), (8, 0), (0, 2)]:
    try:
        print(cmath.log(*args))
    except ValueError as e:
        print('ValueError', e)
