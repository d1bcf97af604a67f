# Closures keeping state in decorators: call counting, memoization, rate limiting by count.
def counted(fn):
    calls = 0
    def wrapper(*args):
        nonlocal calls
        calls += 1
        wrapper.calls = calls
        return fn(*args)
    wrapper.calls = 0
    return wrapper
@counted
def square(x):
    return x * x
print([square(i) for i in range(5)], square.calls)
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(90), len(slow_fib.cache))
def limit(n):
    def deco(fn):
        remaining = n
        def wrapper(*a):
            nonlocal remaining
            if remaining <= 0:
                return "limit reached"
            remaining -= 1
            return fn(*a)
        return wrapper
    return deco
@limit(2)
def hello(name):
    return "hello " + name
print(hello("a"), hello("b"), hello("c"))
def make_stack():
    items = []
    def push(x):
        items.append(x)
    def pop():
        return items.pop()
    def size():
        return len(items)
    return push, pop, size
push, pop, size = make_stack()
push(1); push(2); push(3)
print(pop(), size(), pop(), size())
