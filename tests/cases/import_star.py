# from module import *: honours __all__ and skips _private names.
from _mod_simple import *
print(public, bump(), "Thing" in dir(), "_private" in dir())
import sys
sys.path.insert(0, "pkgs")
from mypkg import *
print(greet("star"), VERSION, star_only, "not_exported" in dir())
