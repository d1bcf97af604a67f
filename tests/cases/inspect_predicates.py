# inspect's is* predicates on functions, methods, classes, modules,
# generators, builtins, descriptors, frames, tracebacks and code objects.
import abc
import functools
import inspect
import sys


def plain(): pass
def gen():
    yield 1
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): pass
    @property
    def prop(self): return 1
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
class Impl(Base):
    def run(self): return 5


try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__

checks = ["ismodule", "isclass", "isfunction", "ismethod", "isroutine",
          "isgeneratorfunction", "isgenerator", "iscoroutinefunction",
          "iscoroutine", "isasyncgenfunction", "isabstract", "isbuiltin",
          "istraceback", "isframe", "iscode", "isawaitable",
          "isdatadescriptor", "ismethoddescriptor"]
objects = [("plain", plain), ("gen", gen), ("gen()", gen()),
           ("lambda", lambda: 0), ("Base", Base), ("Impl", Impl),
           ("Impl()", Impl()), ("Impl().run", Impl().run),
           ("Impl.cm", Impl.cm), ("Impl.sm", Impl.sm),
           ("Base.__dict__['prop']", Base.__dict__['prop']),
           ("Base.__dict__['sm']", Base.__dict__['sm']),
           ("inspect", inspect), ("len", len), ("[].append", [].append),
           ("tb", tb), ("frame", sys._getframe()), ("code", plain.__code__),
           ("partial(gen)", functools.partial(gen)), ("5", 5), ("int", int)]
for label, obj in objects:
    print(label.ljust(22), [name[2:] for name in checks
                            if getattr(inspect, name)(obj)])
print(inspect.isgeneratorfunction(functools.partial(functools.partial(gen))))
print(inspect.isgeneratorfunction(Impl().run), inspect.isfunction(Impl.run))


class Half(Base):
    x = 1
print(inspect.isabstract(Half), sorted(Half.__abstractmethods__))
print(inspect.isabstract(abc.ABC), inspect.isabstract(object))
