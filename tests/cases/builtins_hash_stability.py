# Hash invariants that hold in every Python: equal objects hash equal; numeric tower hashing.
import sys
pairs = [(1, 1.0), (0, -0.0), (True, 1), (2 ** 70, float(2 ** 70)), (1 + 0j, 1), ((1, 2), (1.0, 2.0)), (frozenset({1}), frozenset({1.0})), ("ab", "a" + "b")]
print([hash(a) == hash(b) for a, b in pairs], [a == b for a, b in pairs])
print(hash(0.5) == hash(0.5), hash(-1) == -2, hash(-2) == -2, hash(1) == 1, hash(12345) == 12345)
print(sys.hash_info.modulus == 2 ** 61 - 1, hash(2 ** 61 - 1) == 0, hash(2 ** 61) == 1, hash(-(2 ** 61)) == -1)
print(hash(float("inf")) == sys.hash_info.inf, hash(float("-inf")) == -sys.hash_info.inf)
print(hash(1.5) == hash(3 / 2), hash(0.1) == hash(0.1))
d = {1: "int", 2.0: "float"}
print(d[1.0], d[2], d[True])
s = {1, 1.0, True, 2, 2.0}
print(len(s), 1 in s, 2.0 in s)
print(hash("x") == hash(str("x")), hash(b"x") == hash(b"x"), hash(()) == hash(tuple()))
