# abc: virtual subclasses with register(), __subclasshook__, caches and isinstance/issubclass.
from abc import ABC, ABCMeta, abstractmethod

class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...

class Circle:
    def draw(self):
        return "circle"

print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
r = Drawable.register(Circle)
print(r is Circle, issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
print(Drawable in Circle.__mro__)

class SubCircle(Circle):
    pass
print(issubclass(SubCircle, Drawable))

@Drawable.register
class Square:
    pass
print(isinstance(Square(), Drawable))

class Shape(Drawable):
    pass
class Tri:
    pass
Shape.register(Tri)
print(issubclass(Tri, Shape), issubclass(Tri, Drawable), issubclass(Circle, Shape))

class Sized2(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return any("__len__" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented

print(issubclass(list, Sized2), issubclass(int, Sized2), isinstance("abc", Sized2))
class Sub(Sized2):
    pass
print(issubclass(list, Sub))

try:
    Drawable.register(3)
except TypeError as e:
    print("TypeError:", e)
try:
    Shape.register(Drawable)
except RuntimeError as e:
    print("RuntimeError:", e)

Drawable.register(int)
print(isinstance(5, Drawable), issubclass(bool, Drawable))
try:
    issubclass(5, Drawable)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(5, (str, Drawable)), issubclass(float, (Drawable, str)))
