# abc: abstractmethod bookkeeping in __abstractmethods__, abstract properties, classmethods.
from abc import ABC, ABCMeta, abstractmethod, update_abstractmethods
import abc

class Base(ABC):
    @abstractmethod
    def run(self):
        return "base run"
    @property
    @abstractmethod
    def name(self):
        ...
    @classmethod
    @abstractmethod
    def make(cls):
        ...
    def helper(self):
        return "helper"

print(sorted(Base.__abstractmethods__))

class Half(Base):
    def run(self):
        return "half " + super().run()
print(sorted(Half.__abstractmethods__))

class Full(Half):
    @property
    def name(self):
        return "full"
    @classmethod
    def make(cls):
        return cls()
print(Full.__abstractmethods__, Full.make().run(), Full().name, Full().helper())

for cls in (Base, Half):
    try:
        cls()
    except TypeError as e:
        print("cannot instantiate", cls.__name__)

class Plain(metaclass=ABCMeta):
    pass
print(Plain.__abstractmethods__, type(Plain).__name__, isinstance(Plain(), Plain))

def f():
    pass
print(getattr(f, "__isabstractmethod__", False), getattr(abstractmethod(f), "__isabstractmethod__", False))

class Later(ABC):
    @abstractmethod
    def a(self):
        ...
def a(self):
    return 1
Later.a = a
update_abstractmethods(Later)
print(Later.__abstractmethods__, Later().a())

class Old(ABC):
    @abc.abstractproperty
    def p(self):
        ...
    @abc.abstractclassmethod
    def c(cls):
        ...
    @abc.abstractstaticmethod
    def s():
        ...
print(sorted(Old.__abstractmethods__))
print(isinstance(ABC, ABCMeta), ABC.__slots__, type(abc.get_cache_token()).__name__)
