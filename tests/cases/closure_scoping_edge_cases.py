# Scoping edge cases: comprehension scopes, class bodies, default-argument capture, del of free variables.
x = "global x"
class C:
    x = "class x"
    y = [x for _ in range(1)]
    z = (lambda: x)()
print(C.y, C.z)
def f():
    x = "local x"
    class D:
        w = x
        x = "D.x"
        v = x
    return D.w, D.v
print(f())
def defaults_capture():
    v = 1
    def g(a=v):
        return a
    v = 2
    return g()
print(defaults_capture())
def comprehension_sees_enclosing():
    base = 10
    return [base + i for i in range(3)]
print(comprehension_sees_enclosing())
def nested_comprehension_vars():
    return [[i * j for j in range(i)] for i in range(4)]
print(nested_comprehension_vars())
def free_var_deleted():
    v = "value"
    def inner():
        return v
    del v
    try:
        return inner()
    except NameError as e:
        return "NameError: " + str(e)
print(free_var_deleted())
