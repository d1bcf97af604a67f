# Larger list workloads: append/pop, insert at front, slicing, sort, index.
lst = []
for i in range(100000):
    lst.append(i * 3 % 1000)
print(len(lst), sum(lst), lst[:5], lst[-5:])
while len(lst) > 50000:
    lst.pop()
print(len(lst), lst[-1])
lst.sort()
print(lst[:3], lst[-3:], lst.count(0), lst.index(999))
front = []
for i in range(2000):
    front.insert(0, i)
print(front[:3], front[-3:])
rev = lst[::-1]
print(rev[:3], rev == sorted(lst, reverse=True))
chunks = [lst[i:i + 10000] for i in range(0, len(lst), 10000)]
print(len(chunks), [len(c) for c in chunks], [c[0] for c in chunks])
del lst[::2]
print(len(lst), lst[:4])
big = [[i] for i in range(10000)]
print(sum(x[0] for x in big), big[9999])
print(max(range(100000), key=lambda x: (x * 7919) % 100003))
