# getfullargspec, getcallargs, getclosurevars, and building Signature and
# Parameter objects by hand (validation errors, replace, equality).
import inspect
import typing

P = inspect.Parameter


def f(a, b: int = 2, *args, c, d: str = 'x', **kw) -> bool: pass
def g(x, y=1, /, z=3, *, w): pass
def plain(): pass


class K:
    def method(self, n, *rest): pass
    def __repr__(self): return "<K>"


print(inspect.getfullargspec(f))
print(inspect.getfullargspec(g))
print(inspect.getfullargspec(K().method))
print(inspect.getfullargspec(plain))
try:
    inspect.getfullargspec(5)
except TypeError as e:
    print("TypeError:", e, type(e.__cause__).__name__)
print(inspect.getcallargs(f, 1, 2, 3, c=4, e=5))
print(inspect.getcallargs(K().method, 1, 2))
for args, kwargs in [((), {}), ((1,), {}), ((1, 2, 3), {"a": 1}), ((1,), {"c": 1, "b": 2, "zz": 0})]:
    try:
        print(inspect.getcallargs(f, *args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)
try:
    inspect.getcallargs(plain, 1)
except TypeError as e:
    print("TypeError:", e)


def make_counter():
    count = 0
    def counter(step):
        nonlocal count
        count += step + len(str(step)) + UNDEFINED
        return print(count)
    return counter


cv = inspect.getclosurevars(make_counter())
print(cv.nonlocals, cv.globals, sorted(cv.builtins), cv.unbound)

sig = inspect.Signature([P("a", P.POSITIONAL_ONLY), P("b", P.POSITIONAL_OR_KEYWORD, default=1),
                         P("c", P.KEYWORD_ONLY, annotation=int)], return_annotation=list)
print(sig, sig == inspect.Signature(list(sig.parameters.values()), return_annotation=list))
print(sig.replace(parameters=[P("z", P.VAR_POSITIONAL)]), sig.replace(return_annotation=sig.empty))
print(hash(sig) == hash(sig.replace()), P("a", P.KEYWORD_ONLY) == P("a", P.KEYWORD_ONLY, default=None))
param = P("x", P.POSITIONAL_OR_KEYWORD, default=3, annotation=typing.Optional[int])
print(param, param.replace(name="y", kind=P.KEYWORD_ONLY), param.replace(default=P.empty))
print(inspect.Signature([P("v", P.POSITIONAL_OR_KEYWORD, annotation=typing.List[str])],
                        return_annotation=typing.Dict[str, typing.Any]))
bad_lists = [[P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_OR_KEYWORD)],
             [P("a", P.POSITIONAL_ONLY, default=1), P("b", P.POSITIONAL_OR_KEYWORD)],
             [P("a", P.POSITIONAL_ONLY), P("a", P.KEYWORD_ONLY)]]
for params in bad_lists:
    try:
        inspect.Signature(params)
    except ValueError as e:
        print("ValueError:", e)
for args, kwargs in [(("1x", P.POSITIONAL_ONLY), {}), (("lambda", P.KEYWORD_ONLY), {}),
                     (("a", 7), {}), ((5, P.KEYWORD_ONLY), {}),
                     (("a", P.VAR_KEYWORD), {"default": {}})]:
    try:
        P(*args, **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(P("lambda", P.POSITIONAL_ONLY), P(".0", P.POSITIONAL_OR_KEYWORD))
