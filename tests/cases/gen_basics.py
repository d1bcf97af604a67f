# Generator functions: yield, state, StopIteration, return value, laziness.
def count_up(n):
    print("start")
    for i in range(n):
        print("yielding", i)
        yield i
    print("end")
    return "result"
g = count_up(2)
print(type(g).__name__, g.__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(next(g, "exhausted"))
print(list(count_up(3)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(5, fib())), sum(take(10, fib())))
def empty():
    return
    yield
print(list(empty()))
def yield_expr_value():
    x = yield
    print("received", x)
gy = yield_expr_value()
next(gy)
try:
    gy.send("hello")
except StopIteration:
    print("done after send")
gen_exp = (i * i for i in range(4))
print(next(gen_exp), list(gen_exp))
def with_return_value():
    yield 1
    return 99
def delegator():
    result = yield from with_return_value()
    yield "got " + str(result)
print(list(delegator()))
import sys
g2 = count_up(1)
print(g2.gi_running, g2.gi_frame is not None)
list(g2)
print(g2.gi_frame)
