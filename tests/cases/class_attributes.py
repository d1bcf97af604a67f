# Class vs instance attributes, mutable class attributes, __dict__, __class__ assignment.
class Config:
    defaults = {"debug": False}
    shared_list = []
    count = 0
    def __init__(self, name):
        self.name = name
        Config.count += 1
        self.shared_list.append(name)
a = Config("a")
b = Config("b")
print(Config.count, a.shared_list, b.shared_list is a.shared_list)
a.count = 100
print(a.count, b.count, Config.count, "count" in vars(a), "count" in vars(b))
a.defaults["debug"] = True
print(b.defaults, Config.defaults)
print(sorted(vars(a)), type(Config.__dict__).__name__, "defaults" in Config.__dict__)
try:
    Config.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
setattr(Config, "added", "later")
print(a.added, b.added)
class Cat:
    def sound(self): return "meow"
class Dog:
    def sound(self): return "woof"
pet = Cat()
print(pet.sound())
pet.__class__ = Dog
print(pet.sound(), type(pet).__name__, isinstance(pet, Dog))
print(Config.__name__, Config.__qualname__, Config.__module__, a.__module__, Config.__doc__)
def outer():
    class Local:
        pass
    return Local
print(outer().__qualname__, outer() is outer())
a.__dict__.update(extra=1, name="renamed")
print(a.extra, a.name)
class Counter:
    value = 0
    def increment(self):
        self.value += 1
c1 = Counter()
c1.increment()
c1.increment()
print(c1.value, Counter.value)
