# Integer and true division, floor, modulo rules, ZeroDivisionError messages.
for a in [7, -7, 0, 1, -1, 12345678901234567890]:
    for b in [3, -3, 1, 2 ** 65]:
        print(a, b, a // b, a % b, a / b)
print(1 / 3, 2 / 3, 10 / 4, -10 / 4, 1e0 / 3, 6 / 2, type(6 / 2).__name__)
print(2 ** 53 / 1, (2 ** 53 + 1) / 1, 10 ** 17 / 10, 1 / 10 ** 20)
for expr in ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1 / 0.0", "1.0 // 0.0", "1.0 % 0", "divmod(5, 0)", "0 ** -1", "(2**100) % 0"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", "ZeroDivisionError:", e)
print(-7 // 2 * 2 + -7 % 2, 7 // -2 * -2 + 7 % -2)
print(0 // 5, 0 % -5, -0.0 // 1, 5.5 // 1, -5.5 // 1, 5 % 2.5, -5 % 3.0)
