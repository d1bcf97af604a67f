# Set-based algorithms: dedupe preserving order, intersections across many sets, power set, set cover.
def dedupe(xs):
    seen = set()
    return [x for x in xs if not (x in seen or seen.add(x))]
print(dedupe([3, 1, 3, 2, 1, 5, 2]), dedupe("mississippi"))
groups = [{1, 2, 3, 4}, {2, 3, 4, 5}, {3, 4, 5, 6}]
common = set.intersection(*groups)
union = set.union(*groups)
print(sorted(common), sorted(union), sorted(union - common))
def powerset(s):
    items = sorted(s)
    return [{items[i] for i in range(len(items)) if mask >> i & 1} for mask in range(1 << len(items))]
ps = powerset({1, 2, 3})
print(len(ps), sorted(sorted(x) for x in ps))
universe = set(range(1, 11))
subsets = [{1, 2, 3, 8}, {1, 2, 3, 4, 8}, {1, 2, 3, 4}, {2, 3, 4, 5, 7, 8}, {4, 5, 6, 7}, {5, 6, 7, 9, 10}, {4}, {5, 6}, {9, 10}]
covered, chosen = set(), []
while covered != universe:
    best = max(subsets, key=lambda s: len(s - covered))
    chosen.append(sorted(best))
    covered |= best
print(chosen)
a = set(range(0, 1000, 3))
b = set(range(0, 1000, 5))
print(len(a & b), len(a | b), len(a ^ b), min(a & b - {0}), sum(a - b) % 997)
print(sorted({frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}, key=sorted))
