# __getattr__, __getattribute__, __setattr__, __delattr__ hooks.
class Tracked:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.x = 1
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        super().__delattr__(name)
    def __getattr__(self, name):
        self.log.append(("missing", name))
        return f"<{name}>"
t = Tracked()
t.y = 2
print(t.x, t.y, t.nothing)
del t.y
print(t.y, t.log)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.__len__())
try:
    len(p)
except TypeError as e:
    print("TypeError:", e)
class Everything:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("no secrets")
        if name.startswith("x"):
            return name.upper()
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback for " + name
    def real(self):
        return "real method"
e = Everything()
print(e.xyz, e.real(), e.secret, e.other)
class ReadOnly:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, n, v):
        raise AttributeError(f"cannot set {n!r}")
r = ReadOnly(a=1)
try:
    r.a = 2
except AttributeError as e:
    print("AttributeError:", e, r.a)
class Recursive:
    def __getattr__(self, name):
        if name == "loop":
            return self.loop_inner
        raise AttributeError(name)
try:
    Recursive().loop
except AttributeError as e:
    print("AttributeError:", e)
