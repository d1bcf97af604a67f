# frozenset: immutable, hashable sets.
fs = frozenset([3, 1, 2, 3])
print(sorted(fs), len(fs), 2 in fs, 5 in fs, type(fs).__name__)
print(fs == {1, 2, 3}, fs | {4}, fs & {1, 9}, fs - {1}, fs ^ {3, 4})
print(type(fs | {4}).__name__, type({4} | fs).__name__)
print(frozenset(), frozenset("aab") == frozenset("ab"), repr(frozenset([1])))
d = {fs: "frozen key", frozenset(): "empty"}
print(d[frozenset([1, 2, 3])], d[frozenset()])
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
print(fs.issubset({1, 2, 3, 4}), fs.issuperset([1]), fs.isdisjoint([7, 8]), fs.union([5], [6]) == {1, 2, 3, 5, 6})
print(fs.intersection([1, 2], [2]), fs.difference([1]), fs.symmetric_difference([1, 7]) == {2, 3, 7})
c = fs.copy()
print(c == fs, sorted(fs.union("a") - {"a"}))
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
nested = frozenset([frozenset([1]), frozenset([2, 3])])
print(sorted(len(x) for x in nested))
