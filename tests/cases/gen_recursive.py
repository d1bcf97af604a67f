# Recursive generators: permutations, combinations, partitions, tree traversal.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest
print(["".join(p) for p in permutations("abc")], sum(1 for _ in permutations(list(range(6)))))
def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], k - 1):
            yield [items[i]] + rest
print(list(combinations([1, 2, 3, 4], 2)), len(list(combinations(list(range(10)), 3))))
def partitions(n, max_part=None):
    max_part = max_part or n
    if n == 0:
        yield []
        return
    for p in range(min(n, max_part), 0, -1):
        for rest in partitions(n - p, p):
            yield [p] + rest
print(list(partitions(5)), sum(1 for _ in partitions(20)))
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
def preorder(node, depth=0):
    name, children = node
    yield "  " * depth + name
    for child in children:
        yield from preorder(child, depth + 1)
print("\n".join(preorder(tree)))
def leaves(node):
    name, children = node
    if not children:
        yield name
    for c in children:
        yield from leaves(c)
print(list(leaves(tree)))
