# Closures: captured variables, cells shared between closures, late binding.
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return increment, get
inc, get = make_counter()
inc(); inc()
print(get(), inc(), get())
inc2, get2 = make_counter()
print(inc2(), get())
def multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(2) for m in multipliers()])
def multipliers_fixed():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(2) for m in multipliers_fixed()])
def outer():
    x = "before"
    def show():
        return x
    x = "after"
    return show
print(outer()())
def make_adders():
    adders = {}
    for name, n in [("one", 1), ("ten", 10)]:
        def adder(x, n=n):
            return x + n
        adders[name] = adder
    return adders
a = make_adders()
print(a["one"](5), a["ten"](5))
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1
print(deep()()()())
def closure_over_param(p):
    return lambda: p * 2
fns = [closure_over_param(i) for i in range(3)]
print([f() for f in fns])
def cell_names():
    v = 1
    def inner():
        return v
    return inner
f = cell_names()
print(f.__code__.co_freevars, cell_names.__code__.co_cellvars, f.__closure__[0].cell_contents)
