# Instance creation order (__new__, __init__, __init_subclass__ at class creation), __del__ on last ref.
class Tracked:
    def __init_subclass__(cls):
        print("subclass created:", cls.__name__)
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, name):
        print("__init__", name)
        self.name = name
    def __del__(self):
        print("__del__", self.name)
class Child(Tracked):
    def __init__(self, name):
        super().__init__(name)
        print("Child.__init__ done")
t = Tracked("t1")
c = Child("c1")
print("created both")
t = None
print("dropped t1")
del c
print("dropped c1")
objs = [Tracked(f"item{i}") for i in range(2)]
objs.pop()
print("popped one")
objs.pop()
print("popped both")
