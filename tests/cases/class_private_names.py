# Name mangling of __private attributes, and _single underscore conventions.
class Account:
    def __init__(self, balance):
        self.__balance = balance
        self._hint = "protected by convention"
    def balance(self):
        return self.__balance
    def __secret(self):
        return "secret method"
    def call_secret(self):
        return self.__secret()
a = Account(100)
print(a.balance(), a._hint, a._Account__balance, a.call_secret(), a._Account__secret())
try:
    a.__balance
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(k for k in vars(a)))
class Sub(Account):
    def __init__(self):
        super().__init__(5)
        self.__balance = "sub's own"
    def both(self):
        return self.__balance, self._Account__balance
print(Sub().both(), sorted(vars(Sub())))
class Dunder:
    __not_mangled__ = "dunder names are not mangled"
print(Dunder.__not_mangled__)
class _Leading:
    __x = 1
    def get(self):
        return self.__x
print(_Leading().get(), hasattr(_Leading, "_Leading__x"))
class M:
    def __init__(self):
        self.__dict__["__raw"] = 1
    def via_getattr(self):
        return getattr(self, "__raw")
print(M().via_getattr())
