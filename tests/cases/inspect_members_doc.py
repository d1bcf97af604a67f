# getmembers (sorted, with predicates), getdoc/cleandoc (with inherited
# docs), getmodule, getfile, getmro, getattr_static and unwrap.
import functools
import inspect
import os
import sys

class Shape:
    """A shape.

        Indented details.
    """
    sides = 0
    def area(self):
        """Return the area.

        Subclasses override this.
        """
        return 0
    @property
    def name(self):
        "The shape's name."
        return type(self).__name__
    def _private(self): pass

class Square(Shape):
    sides = 4
    def __init__(self, size=1):
        self.size = size
    def area(self):
        return self.size ** 2
    def __getattr__(self, attr):
        return "dynamic " + attr

sq = Square(3)
print([name for name, _ in inspect.getmembers(Square) if not name.startswith("__")])
print([name for name, _ in inspect.getmembers(sq, inspect.ismethod) if not name.startswith("__")])
print([name for name, _ in inspect.getmembers(Square, inspect.isfunction)])
print([(n, v) for n, v in inspect.getmembers(sq) if isinstance(v, int) and not n.startswith("__")])
print(repr(inspect.getdoc(Shape)))
print(repr(inspect.getdoc(Square)), repr(inspect.getdoc(Square.area)))
print(repr(inspect.getdoc(sq.area)), repr(inspect.getdoc(Square.name)))
print(repr(inspect.getdoc(Square._private)), repr(inspect.getdoc(sq)))
print(repr(inspect.cleandoc("  first\n\t  second\n      third\n\n")))
print(repr(inspect.cleandoc("\n\n    a\n      b\n    c\n  ")))
print(repr(inspect.cleandoc("no indentation")), repr(inspect.cleandoc("")))
print(inspect.getmodule(Square) is sys.modules[__name__],
      inspect.getmodule(sq.area).__name__, inspect.getmodule(os.path.join).__name__,
      inspect.getmodule(inspect).__name__)
print(os.path.basename(inspect.getfile(Square.area)), os.path.basename(inspect.getfile(inspect)))
print(inspect.getmro(Square), inspect.getmodulename("/a/b/mod.py"), inspect.getmodulename("x.txt"))
try:
    inspect.getfile(5)
except TypeError as e:
    print("TypeError:", e)
print(type(inspect.getattr_static(sq, "name")).__name__, sq.name)
print(inspect.getattr_static(sq, "size"), inspect.getattr_static(Square, "sides"))
print(inspect.getattr_static(sq, "missing", "default"), sq.missing)
try:
    inspect.getattr_static(sq, "missing")
except AttributeError as e:
    print("AttributeError:", e)
print(type(inspect.getattr_static(Square, "area")).__name__, inspect.getattr_static(sq, "sides"))

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return fn(*args)
    return wrapper
@deco
@deco
def base(x): "The base."
print(inspect.unwrap(base).__name__, inspect.unwrap(base) is base.__wrapped__.__wrapped__)
print(inspect.unwrap(base, stop=lambda f: f.__wrapped__.__name__ == "base") is base)
base.__wrapped__.__wrapped__ = base
try:
    inspect.unwrap(base)
except ValueError as e:
    print("ValueError:", str(e).split(" at ")[0])
print(inspect.getdoc(base), inspect.indentsize("  \t  x"))
