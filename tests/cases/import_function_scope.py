# import inside functions and classes, and conditional imports.
def use_math():
    import math
    return math.sqrt(16)
print(use_math(), "math" in globals())
class K:
    import math as m
    value = m.floor(2.7)
print(K.value, K.m.__name__)
try:
    import definitely_missing_mod as opt
except ImportError:
    opt = None
print(opt)
def lazy_import():
    from _mod_simple import public
    return public
print(lazy_import())
if True:
    import sys as system
print(system.maxsize > 0)
def star_in_function():
    exec("from math import *", globals_dict := {})
    return "pi" in globals_dict
print(star_in_function())
