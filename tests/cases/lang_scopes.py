# global, nonlocal, class scopes, and name resolution order.
counter = 0
def incr():
    global counter
    counter += 1
    return counter
incr(); incr()
print(counter)

def outer():
    x = "outer"
    def middle():
        nonlocal x
        x = "changed by middle"
        def inner():
            nonlocal x
            x += "+inner"
        inner()
    middle()
    return x
print(outer())

def make_global():
    global created_later
    created_later = "made"
make_global()
print(created_later)

x = "module"
class C:
    x = "class"
    def method(self):
        return x
    y = x + "!"
print(C().method(), C.y)

def shadow():
    len = lambda s: -1
    return len("abc")
print(shadow(), len("abc"))

def unbound():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
unbound()

def locals_demo(a, b=2):
    c = a + b
    return sorted(locals().items())
print(locals_demo(1))

def read_global():
    return counter * 10
print(read_global())

def gen_scope():
    vals = []
    for i in range(3):
        def f():
            return i
        vals.append(f)
    return [f() for f in vals]
print(gen_scope())

class Outer:
    a = 1
    class Inner:
        b = 2
    c = Inner.b + a
print(Outer.c, Outer.Inner.__qualname__)

def f1():
    v = 1
    class Local:
        w = v + 1
        def m(self):
            return v
    return Local.w, Local().m()
print(f1())
import builtins
print(builtins.len is len, "print" in dir(builtins))
