# Function definitions: defaults, keyword args, *args, **kwargs, kw-only, pos-only.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, f=7))
print(f(a=1, c=3, d=0))

def pos_only(x, y, /, z):
    return x + y + z

print(pos_only(1, 2, 3), pos_only(1, 2, z=3))

def kw_only(*, key):
    return key

print(kw_only(key="k"))

def defaults(x=[]):
    x.append(len(x))
    return x

print(defaults(), defaults(), defaults([9]))

def star(*args, **kwargs):
    return args, kwargs

print(star())
print(star(*[1, 2], *(3,), **{"a": 1}, **{"b": 2}))
print(star(1, *range(3), x=1, **dict(y=2)))

def ret_multi():
    return 1, "two", [3]

a, b, c = ret_multi()
print(a, b, c)

def no_return():
    x = 1

print(no_return())

def nested(n):
    def inner(m):
        return n * m
    return inner(n + 1)

print(nested(4))

def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)

print(rec(10))
print(f.__name__, f.__defaults__, f.__kwdefaults__)
print(pos_only.__code__.co_argcount, pos_only.__code__.co_posonlyargcount, kw_only.__code__.co_kwonlyargcount)

def documented():
    "A docstring."
    return None

print(documented.__doc__)

def annotated(x: int, y: "str" = "s") -> list:
    return [x, y]

print(annotated(1), annotated.__annotations__)
lam = lambda x, y=10, *a, **k: (x, y, a, k)
print(lam(1), lam(1, 2, 3, z=4))
print((lambda: "no args")())
print(lam.__name__)
