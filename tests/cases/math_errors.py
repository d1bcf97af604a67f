# math: the exceptions and messages of bad arguments and special values.
import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__ + ":", e)


def main():
    for expr in [
        "math.sqrt()", "math.sqrt(1, 2)", "math.sqrt(x=1)", "math.atan2(1)", "math.fmod(1)",
        "math.pow(1)", "math.log()", "math.log(1, 2, 3)", "math.log(x=1)", "math.hypot(x=1)",
        "math.isclose(1)", "math.isclose(1, 2, 3)", "math.isclose(1, 2, a=1)", "math.isclose(1, 2, foo=1)",
        "math.prod()", "math.prod([1], 2)", "math.prod([1], foo=2)", "math.perm()", "math.perm(1, 2, 3)",
        "math.comb(1)", "math.sqrt('a')", "math.floor('a')", "math.ceil(None)", "math.trunc('a')",
        "math.hypot('a')", "math.gcd(1.5)", "math.factorial(1.0)", "math.isqrt(1.0)", "math.ldexp(1.0, 1.5)",
        "math.fsum(1)", "math.dist(1, 2)", "math.dist([1], [1, 2])", "math.factorial(-1)",
        "math.factorial(10 ** 30)", "math.comb(-1, 2)", "math.perm(1, -2)", "math.isqrt(-1)",
        "math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.log(0, 2)", "math.log(10, 1)",
        "math.log10(-0.0)", "math.log2(0)", "math.log1p(-1)", "math.acos(2)", "math.acosh(0)",
        "math.atanh(1)", "math.exp(1000)", "math.expm1(1000)", "math.exp2(2000)", "math.cosh(1000)",
        "math.sinh(-1000)", "math.pow(0, -1)", "math.pow(-8, 1 / 3)", "math.pow(10, 400)",
        "math.gamma(0)", "math.gamma(-1)", "math.gamma(200)", "math.lgamma(0)", "math.fmod(1, 0)",
        "math.fmod(math.inf, 1)", "math.remainder(1, 0)", "math.remainder(math.inf, 1)",
        "math.tan(math.inf)", "math.sin(math.inf)", "math.sqrt(10 ** 400)", "math.exp(10 ** 400)",
        "math.isinf(10 ** 400)", "math.floor(math.inf)", "math.floor(math.nan)", "math.ldexp(1.0, 10 ** 30)",
        "math.ldexp(2.0, 1024)", "math.isclose(1, 2, rel_tol=-1)", "math.fsum([math.inf, -math.inf])",
        "math.fsum([1e308, 1e308])", "math.prod(['a', 3])", "math.prod([3, 'a'])",
    ]:
        show(expr)


main()
