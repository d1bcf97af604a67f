# for loops over many iterables, else clauses, nested loops, unpacking targets.
for ch in "abc":
    print(ch, end=" ")
print()
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print((i, j), end=" ")
print()
for k, v in [("a", 1), ("b", 2)]:
    print(k, v)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a + b)
for x in []:
    print("never")
else:
    print("empty loop else")
for x in range(10):
    if x == 4:
        print("found 4")
        break
else:
    print("not found")
for x in range(3):
    pass
print("x after loop", x)
d = {"one": 1, "two": 2, "three": 3}
for key in d:
    print(key, d[key])
for key, value in d.items():
    print(key, "=>", value)
total = 0
for n in range(1, 101):
    if n % 2:
        continue
    total += n
print("even sum", total)
for first, *rest in ["abc", "de"]:
    print(first, rest)
obj = type("Obj", (), {})()
for obj.attr in [1, 2]:
    pass
print(obj.attr)
lst = [0, 0]
for lst[0] in range(4):
    pass
print(lst)
for i in range(10, 0, -3):
    print(i, end=",")
print()
for c in b"AB":
    print(c)
for t in (1, 2), (3, 4):
    print(t)
