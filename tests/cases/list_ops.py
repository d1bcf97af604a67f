# list comparisons, membership, slicing assignment, deletion, aliasing, equality with itself.
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b, a == [1, 2, 3, 4], a != [1, 2, 3])
print([1, 2] < [1, 2, 3], [2] > [1, 9], [] < [0], [[1]] == [[1]], [1, [2, [3]]] == [1, [2, [3]]])
s = list(range(10))
s[2:5] = ["a"]
print(s)
s[-2:] = []
print(s)
s[::3] = ["x", "y"]
print(s)
del s[1::2]
print(s)
s[:] = "new"
print(s)
l = [0] * 5
for i in range(5):
    l[i] = i * i
print(l, l[-1], l[len(l) - 1])
try:
    l[5] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    l["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    l[1.0]
except TypeError as e:
    print("TypeError:", e)
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, [row[1] for row in grid], grid[1][2], sum(sum(r) for r in grid))
stack = []
stack.append(1); stack.append(2); stack.append(3)
print(stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
print(queue.pop(0), queue)
self_ref = [1, 2]
self_ref.append(self_ref)
print(self_ref, self_ref[2][2][0], self_ref == self_ref)
print(list(map(list, ["ab", "c"])), [*range(3)] * 2, sorted([[3], [1, 2], [1]]))
print(hash(tuple([1, 2])) == hash((1, 2)), [i for i in reversed(range(3))])
