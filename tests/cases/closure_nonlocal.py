# nonlocal in depth: rebinding across levels, errors, interaction with loops and classes.
def accumulator(start):
    total = start
    def add(x):
        nonlocal total
        total += x
        return total
    return add
acc = accumulator(10)
print(acc(1), acc(2), acc(-13))
def two_levels():
    x = 0
    def mid():
        def inner():
            nonlocal x
            x += 5
        inner()
        inner()
        return x
    return mid()
print(two_levels())
def shadowing():
    x = "outer"
    def inner():
        x = "inner local"
        return x
    inner()
    return x
print(shadowing())
def loop_closures():
    fns = []
    for i in range(3):
        def f(i=i):
            return i
        fns.append(f)
    i = 100
    return [f() for f in fns]
print(loop_closures())
def class_in_closure():
    value = "captured"
    class K:
        attr = value
        def method(self):
            return value
    return K.attr, K().method()
print(class_in_closure())
def generator_closure():
    n = 0
    def gen():
        nonlocal n
        while n < 3:
            n += 1
            yield n
    return list(gen()), n
print(generator_closure())
try:
    exec("def bad():\n    nonlocal q\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
def swap_state():
    a, b = 1, 2
    def swap():
        nonlocal a, b
        a, b = b, a
    swap()
    return a, b
print(swap_state())
def counter_factory():
    counts = {}
    def count(key):
        counts[key] = counts.get(key, 0) + 1
        return counts
    return count
c = counter_factory()
c("a"); c("b")
print(c("a"))
