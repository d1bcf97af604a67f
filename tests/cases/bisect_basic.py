# bisect: bisect_left/right, insort, lo/hi bounds, key= (3.10+), grading and range queries.
import bisect

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 4), bisect.bisect_left(a, 4, lo=5, hi=7))
s = []
for v in [5, 1, 4, 1, 3, 9, 2]:
    bisect.insort(s, v)
print(s)
bisect.insort_left(s, 4)
bisect.insort_right(s, 4)
print(s)

def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(sc) for sc in [33, 99, 77, 70, 89, 90, 100, 60]])

def count_in_range(sorted_list, lo, hi):
    return bisect.bisect_right(sorted_list, hi) - bisect.bisect_left(sorted_list, lo)
print(count_in_range(a, 2, 7), count_in_range(a, 5, 6), count_in_range(a, 0, 100))

records = [("ann", 21), ("bob", 25), ("cid", 30), ("dee", 38)]
ages = lambda r: r[1]
print(bisect.bisect_left(records, 25, key=ages), bisect.bisect_right(records, 25, key=ages), bisect.bisect(records, 100, key=ages))
bisect.insort(records, ("eve", 27), key=ages)
bisect.insort_left(records, ("fay", 25), key=ages)
print(records)
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError:", e)
words = ["apple", "banana", "cherry"]
print(bisect.bisect(words, "blueberry"), bisect.bisect_left(words, "cherry"), bisect.bisect_left([], 5))
def index_of(seq, x):
    i = bisect.bisect_left(seq, x)
    return i if i != len(seq) and seq[i] == x else -1
print(index_of(a, 7), index_of(a, 3), index_of(a, 10))
floats = [0.5, 1.5, 2.5]
print(bisect.bisect(floats, 1.5), bisect.bisect_left(floats, 1), bisect.bisect(floats, True))
