# types.GenericAlias (list[int] and friends): repr, __origin__/__args__, substitution, calls, unions.
import types
from collections import deque, OrderedDict
from collections.abc import Iterable, Callable
from typing import TypeVar

ga = list[int]
print(ga, type(ga) is types.GenericAlias, ga.__origin__, ga.__args__, ga.__parameters__)
print(dict[str, list[int]], tuple[int, ...], tuple[()], type[int], deque[str], OrderedDict[str, int])
print(Iterable[int], Callable[[int, str], bool], Callable[..., None], frozenset[int], set[bytes])
print(ga == list[int], ga == list[str], hash(ga) == hash(list[int]), ga([1, 2]), dict[str, int](a=1))
print(isinstance([], list), list[int].append is list.append)
for check in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int])):
    try:
        check()
    except TypeError as e:
        print("TypeError:", e)
T = TypeVar("T")
K = TypeVar("K")
generic = dict[K, list[T]]
print(generic, generic.__parameters__, generic[str, int], list[T][float])
try:
    list[int][str]
except TypeError as e:
    print("TypeError:", e)
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)))

class Box:
    __class_getitem__ = classmethod(types.GenericAlias)
    def __init__(self, v=None):
        self.v = v
b = Box[int]
print(b.__origin__ is Box, b.__args__, type(b(5)).__name__, b(5).v)
class IntList(list[int]):
    pass
print(IntList.__mro__, IntList.__orig_bases__, IntList([1, 2]))
u = list[int] | None
print(u, u.__args__, isinstance(None, type(None)))
print(repr(dict[str, "Node"]), list[list[list[int]]], tuple[int, str][0] if False else tuple[int, str].__args__[1])
