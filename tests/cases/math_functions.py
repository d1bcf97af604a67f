# math: constants and the common functions.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan != math.nan)
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.isqrt(10 ** 30), math.cbrt(27) if hasattr(math, "cbrt") else 3.0)
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), type(math.floor(2.5)).__name__)
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3), math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.exp(1), math.exp(0), math.expm1(1e-10), math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(1e-10))
print(math.pow(2, 10), math.pow(2, 0.5), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), round(math.cos(math.pi), 12), math.atan(1) * 4)
print(math.asin(1), math.acos(1), math.atan2(1, -1), math.degrees(math.pi), math.radians(180))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.factorial(20), math.factorial(30), math.gcd(48, 18), math.gcd(0, 5), math.gcd(12, 18, 30), math.lcm(4, 6), math.lcm(3, 4, 5))
print(math.comb(10, 3), math.comb(50, 25), math.perm(5, 2), math.perm(5), math.prod([1, 2, 3, 4]), math.prod([], start=5))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1.0))
print(math.erf(1), math.erfc(1), math.gamma(5), math.gamma(0.5) ** 2, math.lgamma(10))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.ulp(0.0))
print(math.floor(10 ** 20 + 0.5) if False else math.floor(1e20), math.ceil(-0.5), math.trunc(1e18))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.acos(2), lambda: math.factorial(-1), lambda: math.exp(1000), lambda: math.factorial(1.5), lambda: math.isqrt(-1)]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
