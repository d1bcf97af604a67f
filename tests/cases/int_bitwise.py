# Bitwise operations on ints of all sizes and signs.
vals = [0, 1, -1, 5, -6, 255, 2 ** 40, -(2 ** 40) + 3, 2 ** 70 - 1]
for a in vals:
    print(a, ~a, a & 0xF0, a | 0x0F, a ^ 0xFF, a << 3, a >> 2, a & -a)
print(1 << 0, 1 << 63, 1 << 64, -1 << 64, 2 ** 100 >> 99, 5 >> 10, -5 >> 10)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
try:
    1.5 & 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 << 1.0
except TypeError as e:
    print("TypeError:", e)
x = 0
for bit in [0, 3, 5, 64]:
    x |= 1 << bit
print(x, bin(x), [b for b in range(70) if x >> b & 1])
mask = (1 << 32) - 1
h = 0
for ch in "hash me":
    h = (h * 31 + ord(ch)) & mask
print(h, hex(h))
print(True << 3, False | 4, True ^ 1, type(True & True).__name__, type(True | 0).__name__)
