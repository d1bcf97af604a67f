# Single inheritance: overriding, super(), attribute lookup order, isinstance.
class Animal:
    kingdom = "animalia"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"{type(self).__name__}({self.name}): {self.speak()}"
class Dog(Animal):
    def speak(self):
        return f"{self.name} barks"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " softly"
for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1)]:
    print(a.describe(), a.kingdom, isinstance(a, Dog))
print(Puppy.__mro__)
print(Puppy.__bases__, Dog.__base__, issubclass(Puppy, Animal))
Dog.kingdom = "canis"
print(Animal.kingdom, Dog.kingdom, Puppy.kingdom)
del Dog.kingdom
print(Puppy.kingdom)
class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Sq(3).area(), [type(s).__name__ for s in [Sq(1), Shape()]])
print(Animal.__subclasses__(), Dog.__subclasses__())
class Base:
    def template(self):
        return "[" + self.hook() + "]"
    def hook(self):
        return "base"
class Derived(Base):
    def hook(self):
        return "derived"
print(Base().template(), Derived().template())
print(object in Puppy.__mro__, len(Puppy.__mro__))
