# math: exact results of the functions CPython computes itself (gamma,
# lgamma, fsum, hypot, dist, remainder, pow's special cases, big-int logs).
import math


def hexes(f, xs):
    out = []
    for x in xs:
        try:
            out.append(f(x).hex())
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    return " ".join(out)


def main():
    xs = [0.5, 1.5, 2.5, 5.5, 10.25, 23.0, 24.0, 50.3, 141.7, 171.5, -0.5, -2.5, -7.3, -150.2, -300.5, 1e-25, -1e-25, 1e-10]
    print("gamma", hexes(math.gamma, xs))
    print("lgamma", hexes(math.lgamma, xs))
    print("erf", hexes(math.erf, [0.0, 0.1, 0.5, 1.0, 2.0, -3.0, 6.0]))
    print("erfc", hexes(math.erfc, [0.0, 0.1, 0.5, 1.0, 2.0, -3.0, 10.0, 30.0]))
    print(math.fsum([1e-16, 1, 1e16]), math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
    print(math.fsum([]), math.fsum([math.inf, 1.0]), math.fsum([math.nan, 1.0]), math.fsum(iter([0.3, 0.2, 0.1])))
    vals = [(1.0 + i / 7) * 10.0 ** ((i * 37) % 41 - 20) * (-1) ** i for i in range(24)]
    print("fsum", math.fsum(vals).hex(), sum(vals).hex())
    print("hypot", math.hypot(*vals).hex(), math.hypot(3, 4), math.hypot(), math.hypot(-2.5), math.hypot(1e-320, 1e-320))
    print(math.hypot(1e308, 1e308), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1.0))
    print("dist", math.dist(vals[:12], vals[12:]).hex(), math.dist((1, 2, 3), [4, 6, 3]), math.dist((), ()))
    print([math.remainder(x, 2.0) for x in [-3.0, -2.0, -1.0, 1.0, 3.0, 5.0, 5.5]], math.remainder(3, math.inf))
    print(math.pow(math.inf, -3), math.pow(-math.inf, 3), math.pow(-math.inf, -3), math.pow(0.5, -math.inf))
    print(math.pow(math.nan, 0), math.pow(1, math.nan), math.pow(-1, math.inf), math.pow(2, -math.inf), math.pow(-2.0, 3))
    print(math.atan2(math.inf, -math.inf), math.atan2(-0.0, -0.0), math.atan2(0.0, -1), math.atan2(-math.inf, 2))
    big = 3 ** 2000 + 12345
    print(math.log(big).hex(), math.log2(big).hex(), math.log10(big).hex(), math.log(big, 7).hex(), math.log(2 ** 1024))
    print(math.log(True), math.log10(10 ** 22), math.log2(2 ** 60), math.log(8, 2), math.log(1.0, 0.5))
    print(math.frexp(1e-310), math.frexp(-0.0), math.frexp(math.inf), math.frexp(12.0), math.ldexp(0.75, -1074), math.ldexp(1.0, -10 ** 30))
    print(math.modf(-3.0), math.modf(math.inf), math.modf(-math.inf), math.modf(2.75))
    print(math.nextafter(0, -1), math.nextafter(1, 0), math.ulp(1e308 * 1.7), math.ulp(-5), math.ulp(5e-324))
    print(math.cbrt(27), math.cbrt(-8), math.exp2(10), math.expm1(1e-5), math.log1p(-0.0), math.asinh(1e-300))
    print(math.isclose(1, 1.0000001, rel_tol=1e-6), math.isclose(1, 2, abs_tol=1), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
    print(math.copysign(math.nan, -1), math.fmod(-0.0, 1), math.fmod(5, math.inf), math.fabs(-2 ** 70), math.degrees(1), math.radians(90))


main()
