# range: construction, indexing, slicing, len, membership, equality, methods.
r = range(10)
print(r, list(r), len(r), r[0], r[-1], r[2:5], r[::3])
print(range(2, 20, 3), list(range(2, 20, 3)), len(range(2, 20, 3)))
print(list(range(10, 0, -2)), list(range(0)), list(range(5, 2)), len(range(5, 2)))
print(range(0, 10, 3).index(6), range(0, 10, 3).count(6), range(0, 10, 3).count(7))
print(5 in r, 10 in r, -1 in r, 4.0 in r, "x" in r)
print(range(0) == range(2, 2), range(0, 3) == range(0, 3, 1), range(0, 5, 2) == range(0, 6, 2))
print(r.start, r.stop, r.step, range(1, 9, 2).stop)
print(list(reversed(range(5))), sum(range(101)), max(range(7)), min(range(3, 9)))
big = range(0, 10 ** 20, 3)
print(big[10 ** 18], 10 ** 19 in big, big[-1], len(range(0, 10 ** 18, 7)))
try:
    len(big)
except OverflowError:
    print("OverflowError for len > maxsize")
print(repr(range(-5, 5)), str(range(3)))
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(0, 10, 3).index(7)
except ValueError as e:
    print("ValueError:", e)
print(list(range(-3, 3)), bool(range(0)), bool(range(1)))
print(hash(range(3)) == hash(range(0, 3)), list(iter(r))[:2])
print(range(10)[::-1], range(10)[-3:])
