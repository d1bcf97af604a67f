# Function code objects: names, argument counts, variable names, flags users rely on.
def f(a, b=1, *args, c, d=2, **kw):
    x = a + b
    return x
code = f.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount)
print(code.co_varnames[:7], code.co_nlocals >= 7)
print(code.co_filename.endswith("types_code_objects.py"), code.co_firstlineno)
def g(p, /, q):
    def inner():
        return p
    return inner
print(g.__code__.co_posonlyargcount, g.__code__.co_cellvars, g(1, 2).__code__.co_freevars)
lam = lambda: None
print(lam.__code__.co_name, type(code).__name__, callable(code))
def gen():
    yield 1
print(bool(gen.__code__.co_flags & 0x20), bool(f.__code__.co_flags & 0x20))
print(bool(f.__code__.co_flags & 0x04), bool(f.__code__.co_flags & 0x08))
c = compile("a = 1\nb = a + 1", "<text>", "exec")
ns = {}
exec(c, ns)
print(ns["b"], c.co_filename, "a" in c.co_names)
