# tuple: immutability, packing, methods, hashing, comparison, single-element syntax.
t = (1, 2, 3, 2)
print(t, len(t), t[0], t[-1], t[1:3], t.count(2), t.index(3), t.index(2, 2))
print((), (1,), (1), tuple("ab"), 1, 2 == (1, 2)[1])
packed = 1, "a", None
print(packed, type(packed).__name__)
x, y, z = packed
print(x, y, z)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t.append(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    (1, 2)[5]
except IndexError as e:
    print("IndexError:", e)
print(t + (4,), t * 2, (0,) * 3, 2 in t, (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pt"}[(1, 2)], hash((1, (2, 3))) == hash((1, (2, 3))))
mutable_inside = ([1], 2)
mutable_inside[0].append(9)
print(mutable_inside)
try:
    mutable_inside[0] += [10]
except TypeError as e:
    print("TypeError:", e, mutable_inside)
print(tuple([1, 2]) == (1, 2), tuple(tuple([3])) , (1, 2) == [1, 2], repr((1,)), str(("a", "b")))
print(max((3, 1, 2)), sorted((3, 1, 2)), sum((1, 2, 3)), tuple(reversed((1, 2, 3))), list((1, 2)))
a = (1, 2)
b = a
a += (3,)
print(a, b, a is b)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), [i for sub in nested for i in sub if isinstance(i, int)])
def multi():
    return 1, 2
print(multi(), type(multi()).__name__)
print(() == (), (1,) * 0, tuple(range(3)).__len__())
