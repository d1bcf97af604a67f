# Larger dicts: many inserts, deletes, lookups; ints and strings; resizing keeps order.
d = {}
for i in range(20000):
    d[i * 7 % 20011] = i
print(len(d), d[7], d[14], sum(d.values()) % 1000003)
for i in range(0, 20000, 3):
    del d[i * 7 % 20011]
print(len(d), list(d.items())[:3], list(d)[-3:])
s = {}
for i in range(5000):
    s["key%d" % i] = i
print(len(s), s["key4999"], "key5000" in s, list(s)[:3])
total = 0
for i in range(5000):
    total += s.get("key%d" % (i * 3), 0)
print(total)
s2 = {k: v for k, v in s.items() if v % 1000 == 0}
print(s2)
mixed = {1: "int", "1": "str", 1.5: "float", (1,): "tuple", None: "none", b"1": "bytes"}
print([mixed[k] for k in [1, "1", 1.5, (1,), None, b"1"]], list(mixed.values()))
