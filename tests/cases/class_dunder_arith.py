# Arithmetic dunders: binary, reflected, in-place, unary; NotImplemented fallbacks.
class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return "V" + repr(self.c)
    def __add__(self, o):
        if isinstance(o, V): return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)): return V(*(a + o for a in self.c))
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o): return self + (-o)
    def __rsub__(self, o): return (-self) + o
    def __mul__(self, k): return V(*(a * k for a in self.c)) if isinstance(k, (int, float)) else NotImplemented
    def __rmul__(self, k): return self * k
    def __truediv__(self, k): return V(*(a / k for a in self.c))
    def __floordiv__(self, k): return V(*(a // k for a in self.c))
    def __mod__(self, k): return V(*(a % k for a in self.c))
    def __divmod__(self, k): return (self // k, self % k)
    def __pow__(self, k): return V(*(a ** k for a in self.c))
    def __rpow__(self, base): return "rpow with base %r" % base
    def __neg__(self): return V(*(-a for a in self.c))
    def __pos__(self): return "pos"
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __invert__(self): return V(*reversed(self.c))
    def __lshift__(self, n): return V(*(self.c[n:] + self.c[:n]))
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __rshift__(self, o): return "rshift"
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, a - b, 10 - a, a * 3, 3 * a, b / 2, b // 3, b % 3, divmod(b, 3))
print(a ** 2, 2 ** a, -a, +a, abs(b), ~a, V(1, 2, 3) << 1, a & b, a | b, a ^ b, a >> b, a @ b)
try:
    a * "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" - a
except TypeError as e:
    print("TypeError:", e)
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self
    def __imul__(self, n):
        self.items *= n
        return self
acc = Acc()
ref = acc
acc += 1
acc += 2
acc -= 1
acc *= 3
print(acc.items, acc is ref)
v = V(1)
v2 = v
v += V(5)
print(v, v2, v is v2)
class OnlyRadd:
    def __radd__(self, o): return "radd from " + type(o).__name__
print(1 + OnlyRadd(), [] + OnlyRadd(), "s" + OnlyRadd())
class SubInt(int):
    def __radd__(self, o): return "subclass radd wins"
print(1 + SubInt(2), SubInt(2) + 1)
