# math: the integer functions on big ints, and the special methods that
# floor, ceil, trunc and the float functions honour.
import math


class F:
    def __float__(self):
        return 2.25


class I:
    def __index__(self):
        return 7


class R:
    def __floor__(self):
        return "floor!"

    def __ceil__(self):
        return "ceil!"

    def __trunc__(self):
        return "trunc!"


class Sub(float):
    pass


class BadF:
    def __float__(self):
        return 1


def main():
    print(math.gcd(), math.gcd(-4), math.gcd(0, 0), math.gcd(2 ** 100, 2 ** 80 * 3), math.gcd(12, 18, 30, 7))
    print(math.lcm(), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2 ** 64, 3 ** 40, 5), math.lcm(2 ** 64, 0, 5))
    print(math.comb(10 ** 20, 3), math.comb(10 ** 20, 10 ** 20 - 1), math.comb(5, 10), math.comb(300, 150) % 10 ** 9)
    print(math.perm(10 ** 20, 3), math.perm(5, 10), math.perm(5, None), math.perm(6), math.perm(30, 20))
    print(math.isqrt(0), math.isqrt(2 ** 200 + 12345), math.isqrt(10 ** 50 - 1), math.isqrt(True))
    f = math.factorial(500)
    print(len(str(f)), f % (10 ** 9 + 7), math.factorial(True), math.factorial(25), math.factorial(I()))
    print(math.floor(-0.5), math.ceil(True), math.floor(2 ** 80), math.trunc(-2 ** 70), type(math.floor(True)).__name__)
    print(math.sqrt(True), math.sqrt(F()), math.sqrt(I()), math.floor(F()), math.gcd(I(), 14), math.ceil(-(2 ** 70) - 0.5))
    print(math.floor(R()), math.ceil(R()), math.trunc(R()), math.floor(Sub(2.5)), math.ceil(Sub(2.5)), math.trunc(Sub(-2.5)))
    print(math.ceil(1e300) % 10 ** 12, math.floor(-1e20), math.trunc(1e18), math.floor(10 ** 40))
    try:
        math.sqrt(BadF())
    except TypeError as e:
        print("TypeError:", e)
    print(math.prod([2 ** 62, 4]), math.prod([1.5, 2, 3]), math.prod([1, 2], start=1.0), math.prod(range(1, 30)) == math.factorial(29))
    print(math.prod([]), math.prod([], start="x"), math.prod([3], start="ab"), math.prod((F() for _ in range(0))))
    print(sorted(n for n in dir(math) if not n.startswith("_")))


main()
