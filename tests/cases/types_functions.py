# Function objects: attributes, defaults, __dict__, __call__, comparisons, closures.
def f(a, b=1, *, c=2):
    "doc of f"
    return a + b + c
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__module__)
f.custom = "attr"
print(f.custom, f.__dict__)
f.__defaults__ = (10,)
print(f(1))
g = f
print(g is f, g == f, callable(f), type(f).__name__)
def outer():
    x = 5
    def inner():
        return x
    return inner
inner = outer()
print(inner.__qualname__, inner.__closure__[0].cell_contents, len(inner.__closure__))
print(f.__code__.co_name, f.__code__.co_varnames[:3], f.__code__.co_argcount)
print(f.__globals__ is globals())
f.__name__ = "renamed"
print(f.__name__)
class A:
    def m(self): return "m"
    @staticmethod
    def s(): return "s"
    @classmethod
    def c(cls): return cls.__name__
print(A.m.__qualname__, type(A.m).__name__, type(A().m).__name__, type(A.s).__name__, type(A.c).__name__)
print(A.s(), A().s(), A.c(), A().c())
try:
    f(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    f()
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, a=2)
except TypeError as e:
    print("TypeError:", e)
def noargs(): pass
try:
    noargs(1)
except TypeError as e:
    print("TypeError:", e)
def two(x, y): pass
try:
    two(1)
except TypeError as e:
    print("TypeError:", e)
try:
    two()
except TypeError as e:
    print("TypeError:", e)
def kwo(*, k): pass
try:
    kwo()
except TypeError as e:
    print("TypeError:", e)
try:
    kwo(1)
except TypeError as e:
    print("TypeError:", e)
