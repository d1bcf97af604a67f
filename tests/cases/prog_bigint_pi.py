# Digits of pi and e with big integers (Machin's formula and a series), exercising bigint speed paths.
def arctan_inv(x, digits):
    scale = 10 ** (digits + 10)
    total = term = scale // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total
def pi_digits(digits):
    pi = 4 * (4 * arctan_inv(5, digits) - arctan_inv(239, digits))
    return str(pi // 10 ** 10)
def e_digits(digits):
    scale = 10 ** (digits + 10)
    total, term, n = 0, scale, 0
    while term:
        total += term
        n += 1
        term //= n
    return str(total // 10 ** 10)
p = pi_digits(300)
print(p[0] + "." + p[1:61])
print(p[-20:], len(p), sum(int(d) for d in p))
e = e_digits(200)
print(e[0] + "." + e[1:61], e[-10:])
print(int(p[:30]) * int(e[:30]) % 1000000007)
