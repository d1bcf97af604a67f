# Function definition forms: nested defs, redefinition, conditional definition, recursion via name, attributes.
def f():
    return 1
g = f
def f():
    return 2
print(f(), g())
if True:
    def h():
        return "defined in if"
else:
    def h():
        return "never"
print(h())
def outer(n):
    def helper(k):
        return k * n
    return [helper(i) for i in range(3)]
print(outer(5))
def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
counter(); counter()
print(counter.calls)
def kwonly_defaults(*, a=1, b):
    return a, b
print(kwonly_defaults(b=2))
def everything(pos1, pos2=2, /, std=3, *args, kw1, kw2=5, **rest):
    return pos1, pos2, std, args, kw1, kw2, rest
print(everything(1, kw1=4))
print(everything(1, 2, 3, 4, 5, kw1=6, kw2=7, extra=8))
def returns_function():
    def inner():
        return "inner"
    return inner
print(returns_function()(), returns_function().__name__)
funcs = {}
for name in ["a", "b"]:
    exec(f"def fn_{name}(): return {name!r}", globals())
print(fn_a(), fn_b())
