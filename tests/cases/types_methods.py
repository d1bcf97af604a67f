# Bound methods: binding, __self__/__func__, equality, storing, calling through class.
class C:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n
    def add(self, k):
        self.n += k
        return self
c = C(1)
m = c.get
print(m(), m.__self__ is c, m.__func__ is C.get, m.__name__)
print(c.get == c.get, c.get is c.get, C(1).get == C(1).get)
c.add(5).add(10)
print(c.get(), C.get(c))
methods = [C(i).get for i in range(3)]
print([mm() for mm in methods])
print(type(m).__name__, callable(m))
ap = [].append
print(type(ap).__name__, ap.__self__, ap.__name__)
lst = []
push = lst.append
for i in range(3):
    push(i * i)
print(lst)
s = "a-b-c"
split = s.split
print(split("-"), str.upper("abc"), str.split(s, "-", 1))
c.get = lambda: "instance attribute shadows"
print(c.get())
del c.get
print(c.get())
class D(C):
    def get(self):
        return "D" + str(super().get())
print(D(7).get(), D.get(C(3)) if False else D(3).get())
print(repr(c.add).startswith("<bound method C.add of"))
bound = C(9).get
del C.get
print(bound())
