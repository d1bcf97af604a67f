# heapq: push/pop ordering, heapify layout, replace/pushpop, tuples as priorities, errors.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])

data = [9, 4, 7, 1, 8, 2, 2, 6, 0, 5]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 3), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(heapq.heappop(data), data[0])

tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (3, "test"))
heapq.heappush(tasks, (1, "coffee"))
while tasks:
    print(heapq.heappop(tasks))

class Job:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name
    def __lt__(self, other):
        return self.pri < other.pri
jobs = [Job(3, "c"), Job(1, "a"), Job(2, "b")]
heapq.heapify(jobs)
print([heapq.heappop(jobs).name for _ in range(3)])

for bad in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1)):
    try:
        bad()
    except IndexError as e:
        print("IndexError:", e)
try:
    heapq.heapify((1, 2))
except TypeError as e:
    print("TypeError:", e)

def heapsort(items):
    h = list(items)
    heapq.heapify(h)
    return [heapq.heappop(h) for _ in range(len(h))]
print(heapsort([5, -1, 3.5, 0, 12, 7]), heapsort("heapsort"))
big = list(range(50, 0, -1))
heapq.heapify(big)
print(big[:10], all(big[i] <= big[c] for i in range(len(big)) for c in (2 * i + 1, 2 * i + 2) if c < len(big)))
mx = [1, 5, 3]
heapq._heapify_max(mx)
print(mx, heapq._heappop_max(mx), mx)
