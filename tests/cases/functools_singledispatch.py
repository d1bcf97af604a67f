# functools.singledispatch / singledispatchmethod: registration by argument, annotation, MRO and ABCs.
from functools import singledispatch, singledispatchmethod
from collections.abc import Sequence, Mapping

@singledispatch
def describe(obj):
    return f"object {obj!r}"

@describe.register(int)
def _(obj):
    return f"int {obj}"

@describe.register
def _(obj: str):
    return f"str {obj!r}"

@describe.register(list)
@describe.register(tuple)
def _(obj):
    return f"sequence of {len(obj)}"

def describe_float(obj):
    return f"float {obj:.2f}"
describe.register(float, describe_float)

@describe.register(Mapping)
def _(obj):
    return f"mapping with {sorted(obj)}"

class MyInt(int):
    pass

for v in [1, True, MyInt(7), "hi", [1, 2], (3,), 2.5, {"b": 1, "a": 2}, None, range(3)]:
    print(describe(v))

print(describe.dispatch(bool).__name__, describe.dispatch(MyInt) is describe.registry[int])
print(sorted(k.__name__ for k in describe.registry))

@describe.register(Sequence)
def _(obj):
    return f"abstract sequence {type(obj).__name__}"
print(describe(range(3)), describe([1]))

try:
    describe()
except TypeError as e:
    print("TypeError:", e)

class Shape:
    @singledispatchmethod
    def area(self, arg):
        raise NotImplementedError("unknown")
    @area.register
    def _(self, arg: int):
        return arg * arg
    @area.register
    def _(self, arg: tuple):
        return arg[0] * arg[1]

s = Shape()
print(s.area(4), s.area((2, 5)))
try:
    s.area("x")
except NotImplementedError as e:
    print("NotImplementedError:", e)

@singledispatch
def unionish(x):
    return "default"
@unionish.register(int | float)
def _(x):
    return "number"
print(unionish(1), unionish(1.5), unionish("s"))
print(describe.__name__, describe.__wrapped__.__name__)
