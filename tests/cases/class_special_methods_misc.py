# __bool__, __len__, __index__, __int__, __float__, __call__, __contains__, __enter__ on instances.
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __int__(self): return self.v * 10
    def __float__(self): return self.v / 2
    def __bool__(self): return self.v != 0
    def __complex__(self): return complex(self.v, 1)
    def __round__(self, n=None): return "round"
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
n = Num(3)
print(int(n), float(n), complex(n), bool(n), bool(Num(0)), round(n), [10, 20, 30, 40][n], "abcdef"[n:], bin(n), hex(n))
import math
print(math.trunc(n), math.floor(n), math.ceil(n), range(10)[Num(2)], list(range(Num(4))))
print("x" * Num(3), [0] * Num(2), Num(1) and "yes", Num(0) or "no")
class Cnt:
    def __len__(self): return 4
    def __contains__(self, x): return x == "magic"
print(len(Cnt()), "magic" in Cnt(), "other" in Cnt(), bool(Cnt()))
class Fn:
    def __init__(self): self.calls = 0
    def __call__(self, *args, **kw):
        self.calls += 1
        return f"called with {args} {kw}"
f = Fn()
print(f(1, 2, x=3), f(), f.calls)
class Inst:
    pass
i = Inst()
i.__len__ = lambda: 5
try:
    len(i)
except TypeError as e:
    print("instance dunders are not used:", e)
class Lenny:
    def __len__(self):
        return 2 ** 70
try:
    len(Lenny())
except OverflowError as e:
    print("OverflowError:", e)
