# Comparison operators on many types; chained comparisons; identity and membership.
print(1 < 2, 2 <= 2, 3 > 4, 4 >= 5, 1 == 1.0, 1 != 2)
print("abc" < "abd", "Z" < "a", "" < "a", "ab" < "abc")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [] == [])
print((1, 2) == (1, 2), (1, 2) == [1, 2], {1: 2} == {1: 2}, {1, 2} == {2, 1})
print({1} < {1, 2}, {1, 2} <= {1, 2}, {1, 2} > {1}, frozenset([1]) == {1})
print(1 < 2 < 3 < 4, 1 < 2 > 0, 1 == 1 != 2, 1 < 3 < 2)
x = 5
print(0 < x <= 10, 0 < x < 3, x == 5 == 5.0)
print(None == None, None == 0, None is None, [] is [])
print(float("nan") == float("nan"), float("inf") > 10 ** 300)
print(True == 1, False == 0)
print(b"a" < b"b", bytearray(b"x") == b"x")
print("a" in "cat", "at" in "cat", "" in "x", 2 in [1, 2], 3 in (1,), "k" in {"k": 1})
print(1 in {1.0}, 5 in range(0, 10, 5), 6 in range(0, 10, 5))
print(2 not in [1], "z" not in "abc")
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([] < ())
except TypeError as e:
    print("TypeError:", e)
try:
    print({1} < [1])
except TypeError as e:
    print("TypeError:", e)
try:
    print(None > None)
except TypeError as e:
    print("TypeError:", e)
print(1 == "1", [1] == (1,), "1" != 1)
class AlwaysEq:
    def __eq__(self, other):
        return True
print(AlwaysEq() in [1, 2], 5 in [AlwaysEq()])
