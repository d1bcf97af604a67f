# frozensets as dict keys and set members; set equality across set/frozenset; graph edges as frozensets.
edges = {frozenset({"a", "b"}), frozenset({"b", "a"}), frozenset({"b", "c"})}
print(len(edges), frozenset({"a", "b"}) in edges, sorted(sorted(e) for e in edges))
weights = {frozenset({1, 2}): 5, frozenset({2, 3}): 7}
print(weights[frozenset({2, 1})], weights.get(frozenset({1, 3}), "none"))
print({1, 2} == frozenset({1, 2}), frozenset({1}) | {2} == {1, 2}, type(frozenset({1}) & {1}).__name__)
s = {1, 2, 3}
fs = frozenset(s)
s.add(4)
print(sorted(fs), sorted(s), fs < s, s > fs)
groups = {}
for word in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    groups.setdefault(frozenset(word), []).append(word)
print(sorted(sorted(g) for g in groups.values()))
print(sorted(len(x) for x in {frozenset(), frozenset([0]), frozenset([0, 1])}))
