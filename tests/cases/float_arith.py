# Float arithmetic: IEEE semantics, nan/inf, mixed int/float, comparisons.
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, inf / inf, inf > 1e308, -inf < -1e308)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan], nan in [nan])
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, 0.1 * 3, 0.3 / 0.1, 1e308 * 10, -1e308 * 10)
print(1.5 + 2, 2 * 1.5, 3 / 2.0, 7 // 2.0, 7 % 2.5, -7 % 2.5, 2 ** 0.5, 2.0 ** -2, (-2.0) ** 2)
print(1e300 * 1e300, 1e-300 * 1e-300, 5e-324 / 2, -5e-324 / 2, 0.0 * -1)
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53, 10 ** 400 > 1e308)
print(hash(1.0) == hash(1), hash(0.5) == hash(0.5), hash(inf) == hash(inf), {1: "a", 1.0: "b"})
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-8.0) ** (1 / 3) 
    print("complex result:", type((-8.0) ** (1 / 3)).__name__)
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
x = 0.0
for _ in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10) == 1.0)
total = 0.0
for i in range(1, 1001):
    total += 1.0 / (i * i)
print(total)
print(-0.0, 0.0 == -0.0, str(-0.0 + 0.0), str(-0.0 * 1), -(0.0), abs(-0.0))
print(float(1 << 62), float((1 << 53) + 1), float(-(1 << 80)), 1 / 7 * 7)
