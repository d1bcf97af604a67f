# random: int seeds give CPython's Mersenne Twister sequence exactly
import random

for seed in [0, 1, 42, -42, 12345, 2**32 - 1, 2**32, 2**64 + 7, 10**40, True]:
    r = random.Random(seed)
    print(seed, [r.random() for _ in range(3)])

# the same seed gives the same sequence; seed() resets it
r = random.Random(2024)
first = [r.random() for _ in range(5)]
r.seed(2024)
print(first == [r.random() for _ in range(5)])

# the module-level functions share one generator
random.seed(7)
a = (random.random(), random.randint(1, 100), random.getrandbits(40))
random.seed(7)
print(a == (random.random(), random.randint(1, 100), random.getrandbits(40)), a)

# many draws cross several 624-word blocks
r = random.Random(99)
values = [r.random() for _ in range(1500)]
print(values[311], values[312], values[1499])
print(min(values) >= 0.0, max(values) < 1.0)

# getrandbits: sizes below, at and above a word, and huge
r = random.Random(5)
for k in [0, 1, 7, 31, 32, 33, 63, 64, 65, 100, 1000]:
    print(k, r.getrandbits(k))
big = r.getrandbits(40000)
print(big.bit_length() <= 40000, big % 1000000007)

# randbytes are getrandbits in little-endian order
r = random.Random(11)
print(r.randbytes(0), r.randbytes(5).hex(), r.randbytes(13).hex())
r = random.Random(11)
print(r.getrandbits(40).to_bytes(5, 'little').hex())
