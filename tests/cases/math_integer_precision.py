# math with big integers and exactness: factorial, comb, isqrt, gcd on huge values, floor/ceil of ints.
import math
f100 = math.factorial(100)
print(f100, len(str(f100)), f100 % (10 ** 9 + 7))
print(math.comb(100, 50), math.perm(20, 10), math.gcd(2 ** 100, 6 ** 50), math.lcm(2 ** 40, 3 ** 20))
n = 10 ** 40 + 12345
r = math.isqrt(n)
print(r, r * r <= n < (r + 1) * (r + 1))
print(math.floor(10 ** 30), math.ceil(-(10 ** 30)), math.trunc(2 ** 70), type(math.floor(2 ** 70)).__name__)
print(math.log(2 ** 1000, 2), math.log10(10 ** 300), math.log(10 ** 400) > 900, math.log2(2 ** 2000))
print(math.sqrt(2 ** 100), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.prod(range(1, 21)) == math.factorial(20))
print(math.isclose(math.fsum([0.1] * 1000), 100.0), math.fsum([1e300, 1e300, -1e300]))
try:
    math.fsum([1e308, 1e308, -1e308])
except OverflowError as e:
    print("OverflowError:", e)
print(math.copysign(1, -0.0), math.copysign(0.0, -1), math.fabs(-0.0), math.floor(-0.0))
print([math.isqrt(i) for i in range(20)])
print(sum(math.comb(10, k) for k in range(11)), [math.comb(5, k) for k in range(6)])
