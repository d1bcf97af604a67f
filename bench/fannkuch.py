"""Fannkuch-redux: permutations generated in place, with prefix reversals
counted; list indexing, slicing and swaps. Prints checksum and max flips."""


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    permutation_index = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if permutation_index % 2 == 0 else -flips
        # Next permutation in the counting order.
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            perm1[:r] = perm1[1:r + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        permutation_index += 1


assert fannkuch(7) == (228, 16)
N = 9
for _ in range(3):
    checksum, flips = fannkuch(N)
print(checksum)
print("Pfannkuchen(%d) = %d" % (N, flips))
