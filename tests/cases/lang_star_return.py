# Starred expressions in return, yield, subscripts, and for targets.
def f():
    a = [1, 2]
    return *a, 3
print(f())
def g():
    rest = "bc"
    yield "a", *rest
print(list(g()))
for a, *b in [(1, 2, 3), (4,)]:
    print(a, b)
t = (*range(3), *"xy")
print(t)
print([*{1: 2}, *{3}])
x = *[1], *[2]
print(x)
def h(*args):
    return args
print(h(*[], *()), h(*"ab", *[1]))
print(*[], sep="never")
print({*(), *[1, 1]})
first, *middle, last = range(10)
print(first, middle, last)
