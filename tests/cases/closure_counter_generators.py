# Closures capturing loop variables in various constructs; cell sharing between nested functions.
def make():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return fns
print([f() for f in make()])
def make_fixed():
    return [(lambda j: (lambda: j))(i) for i in range(3)]
print([f() for f in make_fixed()])
def shared_cell():
    x = 0
    def get(): return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
get, set_ = shared_cell()
set_(42)
print(get())
def gen_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    yield add
    yield total
g = gen_closure()
adder = next(g)
adder(5); adder(6)
print(next(g))
class Holder:
    def __init__(self):
        self.callbacks = []
        for name in ["a", "b"]:
            self.callbacks.append(lambda name=name: f"{name} of {type(self).__name__}")
print([cb() for cb in Holder().callbacks])
def outer():
    values = []
    def inner(v):
        values.append(v)
        return values
    return inner
acc = outer()
acc(1); acc(2)
print(acc(3), acc.__closure__[0].cell_contents)
