# itertools: product, permutations, combinations, combinations_with_replacement.
import itertools as it
from math import comb, factorial, perm

print(list(it.product("AB", "xy")), list(it.product(range(2), repeat=3)))
print(list(it.product()), list(it.product("ab", [])), list(it.product([1, 2], "c", [True])))
print(len(list(it.product(range(3), range(4), range(5)))), list(it.product("ab", repeat=0)))
print(["".join(p) for p in it.product("01", repeat=3)])
print(list(it.permutations("ABC")))
print(list(it.permutations(range(4), 2)), list(it.permutations([], 0)), list(it.permutations("ab", 3)))
print(len(list(it.permutations(range(6), 3))) == perm(6, 3))
print(list(it.combinations("ABCD", 2)), list(it.combinations(range(4), 3)), list(it.combinations("ab", 0)))
print(list(it.combinations("ab", 5)), len(list(it.combinations(range(10), 4))) == comb(10, 4))
print(list(it.combinations_with_replacement("ABC", 2)), list(it.combinations_with_replacement([], 2)))
print(list(it.combinations_with_replacement(range(3), 0)), len(list(it.combinations_with_replacement(range(5), 3))))
for fn in (it.permutations, it.combinations, it.combinations_with_replacement):
    try:
        list(fn("abc", -1))
    except ValueError as e:
        print(fn.__name__, "ValueError:", e)
try:
    it.product("ab", repeat=-1)
except ValueError as e:
    print("ValueError:", e)
# A small puzzle: digits that solve a + b == c with distinct values.
sols = [(a, b, a + b) for a, b in it.combinations(range(1, 10), 2) if a + b < 10 and a + b not in (a, b)]
print(len(sols), sols[:4])
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print([grid[r][c] for r, c in it.product(range(3), repeat=2) if r == c])
print(sum(1 for p in it.permutations(range(5)) if all(p[i] != i for i in range(5))))
print(factorial(4) == len(list(it.permutations("abcd"))))
