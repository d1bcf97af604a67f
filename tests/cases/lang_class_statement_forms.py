# Class statement forms: empty bases, keyword arguments, decorators, nested classes, dynamic bases.
class A: pass
class B(): pass
class C(A, B): pass
print(C.__bases__, B.__bases__)
bases = (A,)
class D(*bases): pass
print(D.__bases__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["kw"] = kw
        return super().__new__(mcls, name, bases, ns)
class E(A, metaclass=Meta, flag=True, level=2): pass
print(E.kw, type(E).__name__)
opts = {"metaclass": Meta, "extra": "yes"}
class F(**opts): pass
print(F.kw)
def deco(cls):
    cls.decorated = True
    return cls
@deco
class G:
    class Inner:
        class Deepest:
            pass
print(G.decorated, G.Inner.Deepest.__qualname__)
class H:
    "docstring only"
print(H.__doc__, H.__dict__.get("__doc__"))
class I:
    x = 1
    del x
print(hasattr(I, "x"))
class J:
    for _i in range(3):
        pass
    values = [n * 2 for n in range(3)]
print(J._i, J.values)
