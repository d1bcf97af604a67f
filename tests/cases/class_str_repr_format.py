# __str__, __repr__, __format__ and how builtins choose between them.
class Both:
    def __str__(self): return "Both-str"
    def __repr__(self): return "Both-repr"
class ReprOnly:
    def __repr__(self): return "ReprOnly()"
class StrOnly:
    def __str__(self): return "StrOnly-str"
for obj in [Both(), ReprOnly()]:
    print(str(obj), repr(obj), f"{obj}", f"{obj!r}", "%s %r" % (obj, obj), [obj], (obj,), {"k": obj})
s = StrOnly()
print(str(s), repr(s).startswith("<__main__.StrOnly object at"), [s][0] is s)
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == "usd":
            return f"${self.v:.2f}"
        return format(self.v, spec)
m = Money(3.5)
print(f"{m:usd}", f"{m:>8.1f}", format(m, "usd"), "{:usd}".format(m), f"{m}")
class Default: pass
try:
    format(Default(), "x")
except TypeError as e:
    print("TypeError:", e)
dflt = Default()
print(format(dflt, "") == str(dflt))
class BadStr:
    def __str__(self): return 1
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class Inherit(Both): pass
print(str(Inherit()), repr(Inherit()))
class Nested:
    def __init__(self, children): self.children = children
    def __repr__(self): return f"Nested({self.children!r})"
print(Nested([Nested([]), Nested([Nested([])])]))
