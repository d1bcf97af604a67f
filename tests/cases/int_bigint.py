# Arbitrary-precision integers: arithmetic, powers, factorials, conversion.
a = 2 ** 100
b = 3 ** 70
print(a, b, a + b, a - b, a * b, b // 7, b % 1000007, -a // 3, -a % 7)
print(a.bit_length(), (a - 1).bit_length(), (-a).bit_length(), len(str(b)), str(-b)[:10])
f = 1
for i in range(1, 51):
    f *= i
print(f, f % (10 ** 9 + 7), f // 10 ** 60)
print(2 ** 64 - 1, 2 ** 63, -2 ** 63, 2 ** 64 + 1 == 18446744073709551617)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 9223372036854775807 * 2, 4611686018427387904 * 4)
print((10 ** 40) // (10 ** 20), (10 ** 40) / (10 ** 20), 10 ** 40 // 3 ** 40, 7 ** 77 % 13)
print(a == 2 ** 100, a < b, a > -b, a != a + 1, hash(a) == hash(2 ** 100))
print(abs(-a), -(-a) == a, +a == a, ~a, a >> 90, 1 << 128, a & (2 ** 80 - 1), a | 1, a ^ a)
print(-a >> 3, (-a) & 0xFF, (-1) << 70, -(2 ** 200) >> 199)
print(int(str(b)) == b, int("1" * 50), int("-" + "9" * 30), hex(a), bin(2 ** 70 + 1)[:10], oct(b)[-5:])
print(divmod(a, 12345), divmod(-a, 12345), pow(a, 3) == a * a * a, pow(b, 2, a))
print(float(a), float(b), 2 ** 1023 * 1.0, int(1e20), int(1.5e30))
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
try:
    2 ** 1024 * 1.0
except OverflowError as e:
    print("OverflowError:", e)
try:
    (2 ** 2000) / 3
except OverflowError as e:
    print("OverflowError:", e)
print((2 ** 2000) // (2 ** 1990), 10 ** 30 / 10 ** 29, (2 ** 200) % 3.5)
n = 1
for _ in range(200):
    n = n * 3 + 1
print(n % 10 ** 12, n.bit_length(), sum(int(d) for d in str(n)))
print(sorted([2 ** 65, -(2 ** 65), 0, 2 ** 64]), max(2 ** 100, 2.0 ** 99), 2 ** 100 == 2.0 ** 100)
