# A small table of math results rounded for stable printing, plus exact identities.
import math
for deg in range(0, 361, 45):
    r = math.radians(deg)
    print(f"{deg:3d} {math.sin(r):+.6f} {math.cos(r):+.6f} {math.tan(r) if deg % 180 != 90 else float('inf'):+.6f}")
print(math.isclose(math.sin(math.pi / 6), 0.5), math.isclose(math.cos(math.pi / 3), 0.5))
print([round(math.sqrt(n), 10) for n in range(10)])
print([math.floor(math.log2(n)) for n in [1, 2, 3, 4, 1023, 1024, 1025]], [math.ceil(math.log10(n)) for n in [1, 9, 10, 11, 1000]])
print(math.atan2(0, -1) == math.pi, math.atan2(-0.0, -1) == -math.pi, math.hypot(-3, -4), math.copysign(2, -0.0))
print(math.exp(math.log(10)), math.log(math.exp(2)), math.e ** 2 == math.exp(2))
print(math.fmod(-10, 3), -10 % 3, math.remainder(-10, 3), math.fmod(10, -3), 10 % -3)
print(math.modf(-3.75), math.frexp(0.0), math.frexp(-10.5), math.ldexp(3, -2), math.trunc(-0.9))
print(math.comb(52, 5), math.perm(10, 3), math.factorial(0), math.gcd(), math.lcm())
