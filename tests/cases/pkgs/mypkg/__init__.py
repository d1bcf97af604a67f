"""A test package."""
print("importing mypkg")
VERSION = "1.0"
from .core import greet
from . import util as _util
__all__ = ["greet", "VERSION", "star_only"]
star_only = "exported by __all__"
not_exported = "hidden from star import"
