# Lambdas: closures, defaults, immediately called, in data structures, sorting keys.
square = lambda x: x * x
print(square(7), (lambda a, b: a - b)(10, 4))
adders = [lambda x, n=n: x + n for n in range(4)]
print([add(10) for add in adders])
ops = {"+": lambda a, b: a + b, "*": lambda a, b: a * b, "max": max}
print(ops["+"](2, 3), ops["*"](2, 3), ops["max"](2, 3))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3, y=4))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
fact = lambda n: 1 if n == 0 else n * fact(n - 1)
print(fact(20))
print(list(map(lambda x: x % 3, range(7))))
print(list(filter(lambda s: s.startswith("a"), ["apple", "berry", "avocado"])))
print(type(square).__name__, square.__name__, square.__qualname__)
print((lambda: (yield))().__class__.__name__)
def outer():
    return lambda: outer_var
outer_var = "late global"
print(outer()())
