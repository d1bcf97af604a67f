# cmath constants, predicates, isclose and argument conversion
import cmath
import math

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.pi == math.pi, type(cmath.infj), cmath.nanj.real, cmath.infj.real)
for z in [1, 1.5, 2j, complex(1, float('inf')), complex(float('nan'), 0), float('-inf')]:
    print(repr(z), cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.001j))
print(cmath.isclose(1j, 1.001j, rel_tol=0.01), cmath.isclose(0, 1e-10), cmath.isclose(0, 1e-10, abs_tol=1e-9))
print(cmath.isclose(complex('inf'), complex('inf')), cmath.isclose(complex('inf'), 1e308))
print(cmath.isclose(cmath.nan, cmath.nan), cmath.isclose(1e308 + 1e308j, -1e308 - 1e308j))
for bad in [lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.isclose(1, 2, 3),
            lambda: cmath.isclose(1, 2, abs_tol=-0.5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class C:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 0.25


class I:
    def __index__(self):
        return 9


class Bad:
    def __complex__(self):
        return 5


print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.sqrt(True), cmath.sqrt(-4))
print(cmath.exp(0), cmath.exp(1), cmath.exp(1j * cmath.pi), cmath.sqrt(-1), cmath.sqrt(-0.0))
print(cmath.polar(1j), cmath.polar(-1), cmath.rect(2, cmath.pi / 2), cmath.rect(1, 0))
print(cmath.rect(-1, 0), cmath.rect(-1, -0.0), cmath.phase(-1), cmath.phase(complex(-1, -0.0)))
for bad in ['a', None, [1], 10 ** 400, Bad(), b'x']:
    try:
        cmath.sqrt(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in ['x', 1j]:
    try:
        cmath.rect(1, bad)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        cmath.phase(bad)
        print('ok')
    except TypeError as e:
        print(type(e).__name__, e)
for f in [cmath.sin, cmath.cos, cmath.tan, cmath.asin, cmath.acos, cmath.atan]:
    z = f(0.5 + 0.25j)
    print(f.__name__, round(z.real, 12), round(z.imag, 12))
print(cmath.sin(cmath.asin(0.3 + 0.2j)), cmath.tanh(cmath.atanh(0.5j)))
