import random
random.seed(5)
vals = [1, 3, 7, 2**1074, 2**1100, 2**60, 10**400, 3**700, 2**53+1, 2**64-1, 12345678901234567890123]
out = []
for a in vals:
    for b in vals:
        for sa in (1, -1):
            try:
                out.append(repr((sa*a) / b))
            except OverflowError as e:
                out.append("OverflowError " + str(e))
for _ in range(3000):
    a = random.getrandbits(random.randint(1, 1200)) + 1
    b = random.getrandbits(random.randint(1, 1200)) + 1
    try:
        out.append(repr(a / b))
    except OverflowError as e:
        out.append("OF")
print(len(out))

print("\n".join(out))
