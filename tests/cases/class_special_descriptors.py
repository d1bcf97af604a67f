# Special methods looked up on the type go through the descriptor protocol
# when they are not plain functions: objects with __get__, staticmethod,
# classmethod, callable instances without __get__ (called without self).
class D:
    def __get__(self, obj, owner=None):
        return lambda *a: 42

class C:
    pass
C.__len__ = D()
print(len(C()))

class F:
    def __call__(self, *a):
        return len(a)
class C2:
    __len__ = F()
print(len(C2()))

class C3:
    @staticmethod
    def __len__():
        return 3
    @classmethod
    def __repr__(cls):
        return "repr of " + cls.__name__
print(len(C3()), repr(C3()))

class Enter:
    def __get__(self, obj, owner=None):
        return lambda *a: "entered" if not a else None
class W:
    __enter__ = Enter()
    __exit__ = Enter()
with W() as w:
    print(w)

class G:
    def __get__(self, obj, owner=None):
        return lambda key: (type(obj).__name__, key)
class M:
    __getitem__ = G()
    __contains__ = staticmethod(lambda x: x == "yes")
    __iter__ = staticmethod(lambda: iter([1, 2]))
print(M()["k"], "yes" in M(), "no" in M(), list(M()))

class N:
    __add__ = staticmethod(lambda other: ("add", other))
    __bool__ = staticmethod(lambda: False)
    __hash__ = staticmethod(lambda: 7)
print(N() + 1, bool(N()), hash(N()))
