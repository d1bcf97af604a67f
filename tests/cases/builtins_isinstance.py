# isinstance and issubclass with classes, tuples, nested tuples, and bool/int.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, object))
print(isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, ()))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(A, A), issubclass(A, object))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (float, int)), isinstance(1.0, int))
print(isinstance("s", str), isinstance(b"s", (str, bytes)), isinstance([], (list, tuple)), isinstance({}, dict))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(A, type), issubclass(type, object))
print(issubclass(bool, int), issubclass(int, (str, float)), issubclass(KeyError, LookupError))
print(isinstance(ZeroDivisionError(), ArithmeticError), issubclass(ValueError, Exception))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(int, [int])
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta): pass
print(isinstance("magic", Magic), isinstance("other", Magic), issubclass(int, Magic), issubclass(str, Magic))
print(isinstance(b, (A,) * 3), isinstance(3, (list, (tuple, (dict, int)))))
