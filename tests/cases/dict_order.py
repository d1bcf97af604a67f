# dicts keep insertion order; re-insertion, deletion and update semantics.
d = {}
for k in ["zebra", "apple", "mango", "kiwi"]:
    d[k] = len(k)
print(list(d), d)
d["apple"] = 100
print(list(d))
del d["zebra"]
d["zebra"] = 0
print(list(d))
d.pop("mango")
d["mango"] = 1
print(list(d.items()))
d2 = dict(b=1, a=2, c=3)
print(d2, list(d2.keys()))
merged = {**{"x": 1, "y": 2}, **{"w": 0, "x": 10}}
print(merged)
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:])
for i in range(5):
    big[i] = -i
print(list(big.items())[-5:])
keys_int = {5: "a", 1: "b", 3: "c", -1: "d"}
print(list(keys_int))
print(list({}.fromkeys("hello")))
try:
    for k in d:
        d[k + "!"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
s = {"a": 1}
for k in list(s):
    s[k * 2] = 2
print(s)
print(dict(zip(range(3), "xyz")), dict(enumerate("ab")))
