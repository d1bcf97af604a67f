print("importing mypkg.util")
from .core import greet as _g
def shout(name):
    return _g(name).upper()
