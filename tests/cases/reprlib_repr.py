# reprlib: size-limited reprs (Repr limits per type, nesting level) and recursive_repr.
import reprlib
from collections import deque

print(reprlib.repr(list(range(100))))
print(reprlib.repr(tuple(range(10))), reprlib.repr((1,)), reprlib.repr(()))
print(reprlib.repr(set(range(20))), reprlib.repr(frozenset({3, 1, 2})), reprlib.repr(set()), reprlib.repr(frozenset()))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr({}))
print(reprlib.repr("x" * 100))
print(reprlib.repr("short"), reprlib.repr(2 ** 200), reprlib.repr(12345))
print(reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr([[[[[[[[1]]]]]]]]))
print(reprlib.repr(deque(range(10))))

class Big:
    def __repr__(self):
        return "Big(" + "z" * 50 + ")"
print(reprlib.repr(Big()))
class Broken:
    def __repr__(self):
        raise ValueError("no")
print(reprlib.repr(Broken()).startswith("<Broken instance at 0x"))

r = reprlib.Repr()
r.maxlist = 2
r.maxstring = 10
r.maxlevel = 2
r.fillvalue = "~~"
print(r.repr([1, 2, 3, 4]), r.repr("abcdefghijklmnop"), r.repr([[1, [2, [3]]]]))
r.maxdict = 1
print(r.repr({"b": 1, "a": 2}), r.repr({1: {2: {3: 4}}}))

class MyRepr(reprlib.Repr):
    def repr_int(self, x, level):
        return f"int:{x}"
print(MyRepr().repr([1, 2]), MyRepr().repr({"k": 5}))

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.name}, {self.children})"
a = Node("a")
b = Node("b")
a.children.append(b)
b.children.append(a)
print(a, Node.__repr__.__name__)

class Ring(list):
    @reprlib.recursive_repr("<ring>")
    def __repr__(self):
        return "Ring" + list.__repr__(self)
ring = Ring([1])
ring.append(ring)
print(ring)
print(reprlib.aRepr.maxlist, reprlib.aRepr.maxstring, reprlib.aRepr.maxlevel)
