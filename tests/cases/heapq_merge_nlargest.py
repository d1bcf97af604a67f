# heapq.merge (key, reverse, laziness), nlargest and nsmallest (ties, key, n edge cases).
import heapq

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(["apple", "kiwi"], ["fig", "banana"], key=len)))
print(list(heapq.merge([9, 7, 3], [8, 6, 1], reverse=True)))
print(list(heapq.merge([(1, "b")], [(1, "a")], [(0, "z")])))
print(list(heapq.merge()), list(heapq.merge([1, 2])))
m = heapq.merge(iter([1, 4]), iter([2, 3]))
print(next(m), next(m), list(m))

nums = [5, 1, 8, 3, 9, 2, 9, 7]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(1, nums), heapq.nsmallest(1, []))
print(heapq.nlargest(0, nums), heapq.nsmallest(-2, nums), heapq.nlargest(20, nums), heapq.nsmallest(20, iter(nums)))
people = [("ann", 30), ("bob", 25), ("cid", 30), ("dee", 22), ("eve", 30)]
print(heapq.nlargest(2, people, key=lambda p: p[1]))
print(heapq.nsmallest(2, people, key=lambda p: p[1]))
print(heapq.nlargest(3, people, key=lambda p: p[1]))
words = "the quick brown fox jumps over the lazy dog".split()
print(heapq.nsmallest(4, words, key=len), heapq.nlargest(2, words))
print(heapq.nlargest(2, "hello"), heapq.nsmallest(2, {3: "a", 1: "b", 2: "c"}))

def top_k_frequent(items, k):
    counts = {}
    for x in items:
        counts[x] = counts.get(x, 0) + 1
    return heapq.nlargest(k, counts, key=counts.get)
print(top_k_frequent([1, 1, 1, 2, 2, 3, 4, 4, 4, 4], 2))

def kth_smallest_pairs(a, b, k):
    heap = [(a[0] + b[j], 0, j) for j in range(len(b))]
    heapq.heapify(heap)
    out = []
    while heap and len(out) < k:
        s, i, j = heapq.heappop(heap)
        out.append(s)
        if i + 1 < len(a):
            heapq.heappush(heap, (a[i + 1] + b[j], i + 1, j))
    return out
print(kth_smallest_pairs([1, 7, 11], [2, 4, 6], 5))
