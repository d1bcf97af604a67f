# sorted and list.sort: stability, key, reverse, mixed types errors.
data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data)
data.sort()
print(data)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
records = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25)]
by_name = sorted(records)
by_age = sorted(by_name, key=lambda r: r[1])
print(by_age)
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted({2, 3, 1}), sorted((3, 1)))
print(sorted([]), sorted([1]), sorted(range(5, 0, -1)))
print(sorted([3.5, 1, True, -2]), sorted([[2, 1], [1, 2], [1]]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1], key=1)
except TypeError as e:
    print("TypeError:", e)
lst = [3, 1, 2]
r = lst.sort(key=lambda x: -x)
print(r, lst)
class Item:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v < other.v
    def __repr__(self): return "Item(%d)" % self.v
print(sorted([Item(3), Item(1), Item(2)]), max([Item(3), Item(7)]))
big = list(range(1000, 0, -1))
big.sort()
print(big[:3], big[-3:], sorted(big, key=lambda x: x % 10)[:12])
print(sorted(["b", "a"], reverse=False), sorted([0.1, -0.0, 0.0, -1e-9]))
