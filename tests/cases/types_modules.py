# Module objects: attributes, __name__, __dict__, dir, reload-free re-import.
import sys
import math
import math as m2
print(type(math).__name__, math.__name__, m2 is math, sys.modules["math"] is math)
print("sqrt" in dir(math), hasattr(math, "pi"), getattr(math, "nope", "default"))
this = sys.modules[__name__]
print(this.__name__, type(this).__name__)
SOME_GLOBAL = 42
print(this.SOME_GLOBAL, "SOME_GLOBAL" in vars(this), vars(this) is globals())
this.NEW_GLOBAL = "set via module"
print(NEW_GLOBAL)
ModuleType = type(sys)
mod = ModuleType("fresh", "a docstring")
print(mod.__name__, mod.__doc__, repr(mod))
mod.x = 3
print(mod.x, sorted(k for k in vars(mod) if not k.startswith("__")))
try:
    math.nonexistent
except AttributeError as e:
    print("AttributeError:", e)
try:
    mod.missing
except AttributeError as e:
    print("AttributeError:", e)
import math
print(math is m2)
from math import pi as PI, floor
print(PI == math.pi, floor(2.5))
print(__name__, "__builtins__" in globals())
