# Integer algorithms: gcd/lcm by hand, modular inverse, fast exponentiation, base conversion, digit sums, primes.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse mod {m}")
    return x % m
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))
print(gcd(1071, 462), gcd(-12, 18), gcd(0, 0), egcd(240, 46), modinv(3, 11), modinv(10, 17), pow(10, -1, 17))
try:
    modinv(6, 9)
except ValueError as e:
    print("ValueError:", e)
for n, b in [(255, 2), (255, 16), (-255, 7), (10 ** 30, 36), (0, 5)]:
    s = to_base(n, b)
    print(n, b, s, int(s, b) == n)
print(sum(int(d) for d in str(2 ** 1000)), len(str(3 ** 1000)), str(7 ** 100)[:20])
p, q = 61, 53
n, phi = p * q, (p - 1) * (q - 1)
e = 17
d = modinv(e, phi)
msg = 65
cipher = pow(msg, e, n)
print(n, d, cipher, pow(cipher, d, n))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10 ** 50), isqrt(2 * 10 ** 40))
