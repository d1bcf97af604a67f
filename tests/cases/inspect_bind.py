# Signature.bind / bind_partial, BoundArguments (arguments, args, kwargs,
# apply_defaults) and the TypeErrors for calls that do not fit.
import inspect


def f(a, b=2, *args, c, d=4, **kw): pass
def g(x, y=1, /, z=3, *, w): pass
def h(p, q): pass
def star(*items, sep=" "): pass


def attempt(sig, *args, **kwargs):
    try:
        ba = sig.bind(*args, **kwargs)
        print("bind", args, kwargs, "->", ba, ba.args, ba.kwargs)
        return ba
    except TypeError as e:
        print("bind", args, kwargs, "-> TypeError:", e)


sf, sg, sh, ss = (inspect.signature(x) for x in (f, g, h, star))
attempt(sf, 1, c=3)
attempt(sf, 1, 2, 3, 4, c=5, e=6)
attempt(sf, a=1, b=2, c=3)
attempt(sf, 1)
attempt(sf, 1, a=2, c=3)
attempt(sg, 1, 2, 3, w=4)
attempt(sg, 1, w=2)
attempt(sg, x=1, w=2)
attempt(sg, 1, 2, 3, 4, w=5)
attempt(sg, 1, z=9)
attempt(sh, 1, 2, 3)
attempt(sh, 1, 2, r=3)
attempt(sh, q=2, p=1)
attempt(ss, 1, 2, 3, sep="-")
attempt(ss)

ba = sf.bind(1, c=3)
ba.apply_defaults()
print(ba, ba.arguments)
ba = ss.bind()
ba.apply_defaults()
print(ba)
ba = sg.bind_partial(1)
print(ba, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba)
print(sh.bind_partial(q=2), sf.bind_partial(c=1, zz=2))
try:
    sg.bind_partial(y=2)
except TypeError as e:
    print("TypeError:", e)
ba = sf.bind(1, 2, c=3)
ba.arguments["b"] = 20
print(ba.args, ba.kwargs, ba.signature is sf)
print(sf.bind(1, c=3) == sf.bind(1, c=3), sf.bind(1, c=3) == sf.bind(2, c=3))
ba = sh.bind(1, 2)
print(h(*ba.args, **ba.kwargs), ba.arguments)
del ba.arguments["p"]
print(ba.args, ba.kwargs)
