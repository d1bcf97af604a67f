# inspect.signature / Signature / Parameter rendering for Python callables:
# defaults, annotations, *args, keyword-only, positional-only, methods,
# classes, callable objects, partials and wrapped functions.
import functools
import inspect


def f(a, b: int = 2, *args, c, d: str = 'x', **kw) -> bool:
    return True
def g(x, y=1, /, z=3, *, w): pass
def h(*, k, j=None): pass
def p(a, b, /): pass
def q(a, /, *rest): pass
def ann(x: list[int], y: "str | None" = None) -> dict[str, int]: pass
def mutable(items=[1, 2], mapping={'k': (1,)}, s='it\'s', n=-1.5): pass
lam = lambda v, w=[]: v


class Point:
    def __init__(self, x, y=0, *, label=''):
        self.x = x
    def move(self, dx, dy=0, /): pass
    @classmethod
    def origin(cls, dims=2): pass
    @staticmethod
    def distance(a, b): pass
    def __call__(self, factor, /): pass


class Sub(Point):
    pass


class WithNew:
    def __new__(cls, size, *, fill=None):
        return super().__new__(cls)


class Plain:
    pass


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def decorated(alpha, beta=2): pass


objs = [f, g, h, p, q, ann, mutable, lam, Point, Point.move, Point(1).move,
        Point.origin, Point.distance, Point(1), Sub, WithNew, Plain,
        functools.partial(f, 1, c=3), functools.partial(g, 1, z=5),
        functools.partial(Point, 1), decorated]
for obj in objs:
    sig = inspect.signature(obj)
    print(str(sig), "|", repr(sig))
print(inspect.signature(decorated, follow_wrapped=False))
print(inspect.Signature.from_callable(h))

sig = inspect.signature(f)
for name, param in sig.parameters.items():
    print(name, param.kind, int(param.kind), param.kind.description,
          param.default, param.annotation, repr(param))
print(sig.return_annotation, inspect.signature(g).return_annotation)
print(type(sig.parameters).__name__, list(sig.parameters))
print(inspect.Parameter.POSITIONAL_ONLY < inspect.Parameter.KEYWORD_ONLY,
      repr(inspect.Parameter.VAR_KEYWORD))
for bad in (5, "text"):
    try:
        inspect.signature(bad)
    except TypeError as e:
        print("TypeError:", e)
