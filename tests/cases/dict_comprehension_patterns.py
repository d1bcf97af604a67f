# Dict building patterns: comprehensions, inversion, grouping, nested dicts, merging with precedence.
squares = {n: n * n for n in range(6)}
print(squares, {v: k for k, v in squares.items()})
words = ["apple", "bob", "cat", "apricot", "banana", "cherry"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
lengths = {w: len(w) for w in words if len(w) > 3}
print(lengths, max(lengths, key=lengths.get), sorted(lengths, key=lengths.get))
nested = {i: {j: i * j for j in range(3)} for i in range(3)}
print(nested, nested[2][2])
defaults = {"color": "red", "size": "M", "qty": 1}
user = {"size": "L", "qty": 3}
print({**defaults, **user}, dict(defaults, **user), defaults | user)
inventory = dict(apples=3, pears=0, kiwis=7)
print({k: v for k, v in inventory.items() if v}, sum(inventory.values()), sorted(inventory.items(), key=lambda kv: kv[1]))
matrix = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print([matrix[r, r] for r in range(3)], sum(v for (r, c), v in matrix.items() if r == c))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, dict(sorted(counts.items(), key=lambda kv: -kv[1])))
keys = ["a", "b", "c"]
print(dict(zip(keys, range(3))), dict.fromkeys(keys, 0), {k: [] for k in keys})
