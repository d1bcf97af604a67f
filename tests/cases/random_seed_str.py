# random: str, bytes, bytearray and float seeds (version 2 uses SHA-512)
import random

for seed in ['', 'a', 'hello world', 'héllo ∂', 'x' * 300, b'', b'bytes\x00\xff',
             bytearray(b'mutable'), 0.5, -2.0, 3.0, 1e100, -0.0]:
    r = random.Random(seed)
    print(repr(seed)[:30], r.random(), r.randrange(10**6))

# a str seed and its UTF-8 bytes are the same seed
print(random.Random('naïve').random() == random.Random('naïve'.encode()).random())
# an integral float hashes to the int, so seeds alike
print(random.Random(3.0).random() == random.Random(3).random())
print(random.Random(-3.0).random() == random.Random(-3).random())
# ints use their absolute value
print(random.Random(-5).random() == random.Random(5).random())

# version 1: the old string hash
for seed in ['', 'abc', b'abc', 'spam and eggs']:
    r = random.Random()
    r.seed(seed, version=1)
    print(repr(seed), r.random())

# unsupported seed types
for bad in [[1, 2], (1,), {'a': 1}, object]:
    try:
        random.Random(bad)
    except TypeError as e:
        print(type(e).__name__, e)
r = random.Random()
try:
    r.seed(bytearray(b'x'), version=1)
except TypeError as e:
    print(type(e).__name__, e)

# seed(None) and Random() seed from the OS: just check it works
r = random.Random()
x = r.random()
r.seed()
print(0.0 <= x < 1.0, 0.0 <= r.random() < 1.0)
