# import of a helper module: executes once, caching in sys.modules, attributes, aliasing.
import sys
import _mod_simple
import _mod_simple as again
print(_mod_simple is again, _mod_simple.__name__, "_mod_simple" in sys.modules)
print(_mod_simple.bump(), _mod_simple.bump(), again.counter)
from _mod_simple import bump, counter
print(bump(), counter, _mod_simple.counter)
from _mod_simple import Thing as T, public
print(T.__module__, T.__qualname__, public)
print(_mod_simple.__doc__)
print(type(_mod_simple).__name__, hasattr(_mod_simple, "__file__"), _mod_simple.__file__.endswith("_mod_simple.py"))
import _mod_main_guard
print(_mod_main_guard.helper(), _mod_main_guard.__name__)
del sys.modules["_mod_simple"]
import _mod_simple as fresh
print(fresh is _mod_simple, fresh.counter)
