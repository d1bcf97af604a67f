# while-loop patterns: sentinel loops, do-while emulation, countdown, convergence, digit loops.
n = 12345
digits = []
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits[::-1])
x = 2.0
while True:
    nxt = (x + 2 / x) / 2
    if abs(nxt - x) < 1e-15:
        break
    x = nxt
print(x, x * x)
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 20)], max(range(1, 10000), key=collatz))
items = ["a", "b", "STOP", "c"]
i = 0
while i < len(items) and items[i] != "STOP":
    print("item", items[i])
    i += 1
else:
    print("no break here; loop condition ended it at", i)
a, b = 0, 1
while b < 1000:
    a, b = b, a + b
print(a, b)
count = 0
while count < 3:
    count += 1
else:
    print("else after normal end, count =", count)
