# Abstract base classes with abc: abstractmethod prevents instantiation; virtual subclasses.
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__}: area={self.area():.2f}, perimeter={self.perimeter():.2f}"
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
    def perimeter(self): return 2 * (self.w + self.h)
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.141592653589793 * self.r ** 2
    def perimeter(self): return 2 * 3.141592653589793 * self.r
class Incomplete(Shape):
    def area(self): return 0
for s in [Rect(2, 3), Circle(1)]:
    print(s.describe())
for cls in (Shape, Incomplete):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(sorted(Shape.__abstractmethods__), sorted(Incomplete.__abstractmethods__), Rect.__abstractmethods__)
class Duck:
    def area(self): return 1
    def perimeter(self): return 4
Shape.register(Duck)
print(isinstance(Duck(), Shape), issubclass(Duck, Shape), Duck.__mro__[-1].__name__)
