# Tuples as sort keys: multi-level sorting, mixed directions via negation, stability checks.
students = [("ann", "B", 88), ("bob", "A", 95), ("cat", "B", 88), ("dan", "A", 72), ("eve", "C", 95), ("fay", "A", 95)]
print(sorted(students, key=lambda s: (s[1], -s[2], s[0])))
print(sorted(students, key=lambda s: (-s[2], s[0])))
print(sorted(students, key=lambda s: s[2]))
print([s[0] for s in sorted(students, key=lambda s: (len(s[0]), s[2]), reverse=True)])
by_grade = {}
for name, grade, score in students:
    by_grade.setdefault(grade, []).append((score, name))
print({g: sorted(v, reverse=True) for g, v in sorted(by_grade.items())})
print(max(students, key=lambda s: (s[2], s[0])), min(students, key=lambda s: (s[2], s[0])))
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1, "a", 0)]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
