# Tuples as records: unpacking in loops, sorting, zip, swapping, returning, comparing.
people = [("alice", 31, "nyc"), ("bob", 25, "sf"), ("carol", 31, "la")]
for name, age, city in people:
    print(f"{name:6}{age:3} {city}")
print(sorted(people, key=lambda p: (-p[1], p[0])))
names, ages, cities = zip(*people)
print(names, ages, cities, sum(ages) / len(ages))
oldest = max(people, key=lambda p: p[1])
print(oldest, people.index(oldest))
a, b = 1, 2
a, b = b, a
print(a, b)
def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, mean = stats([3, 1, 4, 1, 5, 9, 2, 6])
print(lo, hi, mean)
point = (3, 4)
x, y = point
print((x ** 2 + y ** 2) ** 0.5, point == (3, 4), point[::-1])
print(tuple(sorted((3, 1, 2))), tuple(map(str, (1, 2))), tuple(zip("ab", "cd")))
counts = {}
for pair in [(1, 2), (2, 1), (1, 2)]:
    counts[pair] = counts.get(pair, 0) + 1
print(counts)
print((1, "a") < (1, "b") < (2, ""), max([(1, 9), (2, 0), (1, 10)]))
t = ([],)
t[0].append(t)
print(len(t[0]), t[0][0] is t)
