# timedelta arithmetic: rounding half to even, errors
from datetime import timedelta

a = timedelta(days=1, hours=2, microseconds=3)
b = timedelta(minutes=7)
print(a + b, a - b, b - a, -a, +a, abs(-a))
print(a * 3, 3 * a, a * -1, a * 0, a * True)
print(a * 1.5, 0.25 * a, timedelta(microseconds=1) * 0.5, timedelta(microseconds=3) * 0.5)
print(a / b, a // b, a % b, divmod(a, b), divmod(-a, b))
print(a / 4, a / 7, a / -7, a / 0.5, a / 3.5, a // 4, a // -4)
for us in range(-5, 6):
    print(us, repr(timedelta(microseconds=us) / 2), repr(timedelta(microseconds=us) * 0.5))
print(timedelta(hours=1) / timedelta(seconds=7), timedelta(hours=1) // timedelta(seconds=-7))
print(timedelta(seconds=10) % timedelta(seconds=-3), timedelta(seconds=-10) % timedelta(seconds=3))
print(sum([timedelta(hours=h) for h in range(10)], timedelta()))

def attempt(f):
    try:
        r = f()
        print("ok", repr(r))
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    except TypeError as e:
        print("TypeError")

attempt(lambda: a / 0)
attempt(lambda: a // 0)
attempt(lambda: a / 0.0)
attempt(lambda: a / timedelta(0))
attempt(lambda: a // timedelta(0))
attempt(lambda: a % timedelta(0))
attempt(lambda: divmod(a, timedelta(0)))
attempt(lambda: timedelta.max + timedelta.max)
attempt(lambda: timedelta.max * 3)
attempt(lambda: -timedelta.max)
attempt(lambda: abs(timedelta.min))
attempt(lambda: timedelta.min - timedelta(1))
attempt(lambda: a * float("inf"))
attempt(lambda: a * float("nan"))
attempt(lambda: a + 1)
attempt(lambda: a * "x")
attempt(lambda: a % 3)
attempt(lambda: a // 2.0)
attempt(lambda: 1 / a)
attempt(lambda: a < 1)
