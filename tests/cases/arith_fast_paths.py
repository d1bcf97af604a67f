# Machine-int and float arithmetic at the edges of the VM's inline fast
# paths: overflow into big ints, floor semantics of // and % with signs,
# shifts, exact int/float conversion limits, signed zeros, division by zero.
vals = [0, 1, -1, 7, -7, 2**53, 2**53 + 1, -2**63, 2**63 - 1, -0.0, 1.5, -2.25, True]
ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
       ('/', lambda a, b: a / b), ('//', lambda a, b: a // b), ('%', lambda a, b: a % b),
       ('&', lambda a, b: a & b), ('|', lambda a, b: a | b), ('^', lambda a, b: a ^ b),
       ('<<', lambda a, b: a << b if not isinstance(b, int) or b < 200 else 'skip'),
       ('>>', lambda a, b: a >> b)]
for a in vals:
    for b in vals:
        parts = []
        for name, fn in ops:
            try:
                parts.append(repr(fn(a, b)))
            except Exception as e:
                parts.append(type(e).__name__)
        print(repr(a), repr(b), ' '.join(parts))
x = 5
x //= 2; x %= 2; x <<= 3; x >>= 1; x |= 1; x &= 7; x ^= 2; x /= 2
print(x, 0 / -(2**60), 0 / -(2**70), -7 // 2, -7 % 2, 7 % -2, 1 << 62, 1 << 63, -1 >> 100)
