# Metaclasses: __new__, __init__, __call__, __prepare__, class keyword arguments.
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Registry.__new__", name, sorted(k for k in ns if not k.startswith("__")), kwargs)
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        print("Registry.__init__", name)
        super().__init__(name, bases, ns)
        cls.tag = kwargs.get("tag", "none")
class Base(metaclass=Registry):
    a = 1
class Child(Base, tag="child"):
    def method(self): pass
print(Registry.classes, Base.tag, Child.tag, type(Child).__name__)
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("Config created")
print(Config() is Config())
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"injected": 42}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns if not k.startswith("__")]
        return cls
class Ordered(metaclass=OrderedMeta):
    zeta = 1
    alpha = 2
    def mid(self): pass
print(Ordered.order, Ordered.injected)
class Meta2(type):
    def describe(cls):
        return "class " + cls.__name__
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class Thing(metaclass=Meta2):
    pass
print(Thing.describe(), Thing.upper_name, hasattr(Thing(), "describe"))
Dynamic = Registry("Dynamic", (), {"v": 1})
print(Dynamic.v, Registry.classes[-1])
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Both(A1, A2): pass
except TypeError as e:
    print("TypeError:", e)
