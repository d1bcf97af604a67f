# pass, semicolons, ellipsis bodies, docstrings, global at module level, nested defs.
def stub(): ...
def stub2():
    pass
class Stub: ...
print(stub(), stub2(), Stub.__name__)
a = 1; b = 2; c = a + b; print(c)
def doc():
    """Line one.

    More text.
    """
print(doc.__doc__.splitlines()[0])
class DocC:
    "class doc"
print(DocC.__doc__)
print(__doc__)
global gvar
gvar = 3
print(gvar)
if True:
    if True:
        if True:
            print("deeply nested")
def f():
    def g():
        def h():
            return "h"
        return h()
    return g()
print(f())
x = (1 +
     2 +
     3)
y = [
    1,
    2,
]
z = {"a":
     1}
print(x, y, z)
def long_args(a,
              b,
              c=3):
    return a + b + c
print(long_args(1,
                2))
while False: pass
for _ in (): pass
try: pass
except: pass
print(type(stub).__name__)
if __name__ == "__main__":
    print("running as main")
print(__name__)
