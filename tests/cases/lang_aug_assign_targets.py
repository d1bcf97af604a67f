# Augmented assignment evaluates the target's container and index once.
def t(label, value):
    print("eval", label)
    return value
lst = [10, 20, 30]
t("list", lst)[t("index", 1)] += t("rhs", 5)
print(lst)
class O:
    def __init__(self):
        self.v = 1
o = O()
t("obj", o).v *= t("factor", 3)
print(o.v)
d = {"k": [1]}
d["k"] += [2]
print(d)
class Logged(list):
    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)
    def __setitem__(self, i, v):
        print("setitem", i, v)
        super().__setitem__(i, v)
lg = Logged([1, 2])
lg[0] += 100
print(lg)
m = [[0, 0], [0, 0]]
m[1][0] -= 7
print(m)
s = "x"
for _ in range(3):
    s += s
print(s, len(s))
sl = [1, 2, 3, 4]
sl[1:3] += ["inserted"]
print(sl)
n = 2
n **= 10
n //= 3
n %= 100
print(n)
