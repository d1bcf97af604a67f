# Generator objects: independent state, frames cleared after finishing, re-iteration needs a new generator.
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
a = counter(3)
b = counter(3)
print(next(a), next(a), next(b), list(a), list(b))
g = counter(2)
print(g.gi_frame is not None, g.gi_running)
print(list(g), g.gi_frame)
gen_fn = counter
print(type(gen_fn).__name__, gen_fn.__name__, type(gen_fn(1)).__name__, gen_fn(1).__qualname__)
def uses_locals():
    x = 1
    yield x
    x += 1
    yield x
u = uses_locals()
next(u)
print(u.gi_frame.f_locals)
next(u)
print(u.gi_frame.f_locals)
s = counter(2)
print(s.gi_frame.f_lasti < 0 or True, s.gi_running)
next(s)
print(s.gi_frame is not None)
list(s)
print(s.gi_frame is None, next(s, "exhausted"))
