# __init_subclass__ and __set_name__ and __class_getitem__.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        print("registered", key)
class Alpha(Plugin):
    pass
class Beta(Plugin, name="b"):
    pass
class Gamma(Alpha):
    pass
print(sorted(Plugin.registry), Plugin.registry["b"] is Beta)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
class Form:
    username = Field()
    password = Field()
print(Form.username.name, Form.password.name, Form.password.owner)
later = Field()
Form.email = later
print(hasattr(later, "name"))
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"])
print(list[int], dict[str, int], tuple[int, ...], type(list[int]).__name__)
class Parent:
    def __init_subclass__(cls):
        cls.depth = getattr(cls, "depth", -1) + 1
class C1(Parent): pass
class C2(C1): pass
print(C1.depth, C2.depth, hasattr(Parent, "depth"))
