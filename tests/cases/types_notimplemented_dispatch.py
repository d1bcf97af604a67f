# Binary operator dispatch: NotImplemented, reflected methods, subclass priority, in-place fallbacks.
class A:
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented
    def __radd__(self, o):
        print("A.__radd__")
        return "A-radd"
class B:
    def __add__(self, o):
        print("B.__add__")
        return NotImplemented
    def __radd__(self, o):
        print("B.__radd__")
        return "B-radd"
print(A() + B())
print(B() + A())
class C(A):
    def __radd__(self, o):
        print("C.__radd__ (subclass goes first)")
        return "C-radd"
print(A() + C())
class OnlyAdd:
    def __add__(self, o):
        return "OnlyAdd.__add__ used for +="
x = OnlyAdd()
x += 1
print(x)
class Neither:
    pass
try:
    Neither() + Neither()
except TypeError as e:
    print("TypeError:", e)
try:
    n = Neither()
    n += 1
except TypeError as e:
    print("TypeError:", e)
class Cmp:
    def __eq__(self, o):
        print("Cmp.__eq__")
        return NotImplemented
print(Cmp() == 1, Cmp() != 1)
print(1 .__add__(1.5), (1.5).__radd__(1), int.__add__(1, 2), "s".__mul__(2), [1].__add__([2]))
