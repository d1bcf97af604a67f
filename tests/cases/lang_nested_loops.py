# Nested loops with break/continue, flags, and loop-else to find things.
def find_pair(nums, target):
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if a + b == target:
                return a, b
    return None
print(find_pair([1, 4, 6, 9], 10), find_pair([1, 2], 10))
primes = []
for n in range(2, 50):
    for p in primes:
        if p * p > n:
            primes.append(n)
            break
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
grid = [[1, 2, 3], [4, 0, 6], [7, 8, 9]]
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == 0:
            found = (r, c)
            break
    if found:
        break
print(found)
count = 0
i = 0
while i < 5:
    j = 0
    while j < 5:
        if (i + j) % 3 == 0:
            j += 1
            continue
        count += 1
        j += 1
    i += 1
print(count)
out = []
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        out.append(f"{i}{j}")
print(out)
table = [[i * j for j in range(1, 6)] for i in range(1, 6)]
for row in table:
    print(" ".join(f"{v:3}" for v in row))
