# Multiple inheritance: C3 linearization, diamond, cooperative super, MRO errors.
class A:
    def who(self): return ["A"]
class B(A):
    def who(self): return ["B"] + super().who()
class C(A):
    def who(self): return ["C"] + super().who()
class D(B, C):
    def who(self): return ["D"] + super().who()
print([k.__name__ for k in D.__mro__], D().who())
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W): pass
except TypeError as e:
    print("TypeError:", e)
class O: pass
class F(O): pass
class E(O): pass
class DD(O): pass
class CC(DD, F): pass
class BB(DD, E): pass
class AA(BB, CC, E): pass
print([k.__name__ for k in AA.mro()])
class Mixin:
    def greet(self):
        return "mixin+" + super().greet()
class Core:
    def greet(self):
        return "core"
class Combined(Mixin, Core):
    pass
print(Combined().greet())
class Init1:
    def __init__(self):
        print("Init1")
        super().__init__()
class Init2:
    def __init__(self):
        print("Init2")
        super().__init__()
class Both(Init1, Init2):
    def __init__(self):
        print("Both")
        super().__init__()
Both()
print(super(B, D()).who(), super(C, D()).who())
try:
    class Dup(A, A): pass
except TypeError as e:
    print("TypeError:", e)
class P1:
    x = "P1"
class P2:
    x = "P2"
    y = "P2y"
class Q(P1, P2): pass
print(Q.x, Q.y)
