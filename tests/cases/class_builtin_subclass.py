# Subclassing builtins: list, dict, int, str, Exception; what methods return.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), type(s).__name__, type(s + [5]).__name__, type(s[1:]).__name__, isinstance(s, list))
class CountDict(dict):
    def add(self, key):
        self[key] = self.get(key, 0) + 1
cd = CountDict()
for ch in "abracadabra":
    cd.add(ch)
print(cd, type(cd).__name__, type(cd.copy()).__name__, cd == {"a": 5, "b": 2, "r": 2, "c": 1, "d": 1})
class Money(int):
    def __str__(self):
        return f"${int(self):,}"
m = Money(1234567)
print(m, repr(m), m + 1, type(m + 1).__name__, f"{m}", "%d" % m, str(Money(5)))
class Path(str):
    def join(self, *parts):
        return Path("/".join((self,) + parts))
p = Path("usr").join("local", "bin")
print(p, type(p).__name__, p.upper(), type(p.upper()).__name__, p.split("/"))
class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32
print(Celsius(100).to_f(), Celsius(37.5), type(Celsius(1) * 2).__name__)
class Flags(set):
    pass
f = Flags([1, 2])
f.add(3)
print(sorted(f), type(f).__name__, type(f | {4}).__name__)
class Rec(tuple):
    pass
r = Rec((1, 2))
print(r, type(r).__name__, r[0], type(r + (3,)).__name__)
class MyBytes(bytes):
    pass
print(MyBytes(b"ab"), type(MyBytes(b"x")).__name__)
class Attrs(list):
    pass
a = Attrs()
a.note = "lists subclasses have a __dict__"
print(a.note, a)
