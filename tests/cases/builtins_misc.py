# Assorted builtins: object identity helpers, __import__, type checks, NotImplemented in comparisons.
import builtins
print(type(builtins.__dict__).__name__, "open" in builtins.__dict__, builtins.abs(-3))
m = __import__("math")
print(m.floor(3.7), __import__("sys").maxsize > 2 ** 31)
print(isinstance(__builtins__, dict) or type(__builtins__).__name__ == "module")
names = ["abs", "all", "any", "ascii", "bin", "bool", "bytearray", "bytes", "callable", "chr",
         "classmethod", "compile", "complex", "delattr", "dict", "dir", "divmod", "enumerate",
         "eval", "exec", "filter", "float", "format", "frozenset", "getattr", "globals",
         "hasattr", "hash", "hex", "id", "input", "int", "isinstance", "issubclass", "iter",
         "len", "list", "locals", "map", "max", "min", "next", "object", "oct", "open", "ord",
         "pow", "print", "property", "range", "repr", "reversed", "round", "set", "setattr",
         "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip"]
print([n for n in names if not hasattr(builtins, n)])
print(len([n for n in names if callable(getattr(builtins, n))]), len(names))
builtins.my_builtin = "added"
print(my_builtin)
del builtins.my_builtin
try:
    my_builtin
except NameError as e:
    print("NameError:", e)
print(all(isinstance(getattr(builtins, e), type) for e in ["Exception", "ValueError", "KeyError", "StopIteration"]))
print(repr(print), repr(len))
print(max.__name__, print.__name__, type(len).__name__)
