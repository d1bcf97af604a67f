# typing: TypeVar, Generic classes, Protocol with runtime_checkable, NewType, cast, overload, get_type_hints.
from typing import (TypeVar, Generic, Protocol, runtime_checkable, NewType, cast, overload, get_type_hints,
                    Optional, List, Dict, ClassVar, Any, AnyStr, ParamSpec, Callable)
import typing

T = TypeVar("T")
K = TypeVar("K", bound=int)
V_co = TypeVar("V_co", covariant=True)
N = TypeVar("N", int, float)
print(T, K, V_co, N, T.__name__, K.__bound__, N.__constraints__, V_co.__covariant__, AnyStr)

class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), Stack[int], Stack.__parameters__, s.__orig_class__, Stack.__orig_bases__, Stack.__mro__)

class Pair(Generic[K, T]):
    def __init__(self, k, v):
        self.k, self.v = k, v
class IntPair(Pair[int, str]):
    pass
print(Pair[int, str], IntPair.__parameters__, IntPair(1, "a").v, Pair.__parameters__)
for bad in (lambda: Pair[int], lambda: Generic[int], lambda: Stack[int][str]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class File:
    def close(self):
        return "closed"
class Nope:
    pass
print(isinstance(File(), Closable), isinstance(Nope(), Closable), issubclass(File, Closable))
class Greeter(Protocol):
    def greet(self) -> str: ...
try:
    isinstance(File(), Greeter)
except TypeError as e:
    print("TypeError:", e)
try:
    Greeter()
except TypeError as e:
    print("TypeError:", e)
print(isinstance(3, typing.SupportsInt), isinstance("x", typing.SupportsInt), isinstance(2.5, typing.SupportsIndex))

UserId = NewType("UserId", int)
uid = UserId(42)
print(UserId, uid, type(uid).__name__, UserId.__supertype__, cast(str, 5), cast("List[int]", [1]))

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2
print(double(2), double("ab"))

class Node:
    count: ClassVar[int] = 0
    name: str
    parent: Optional["Node"]
def build(children: "List[Node]", meta: Dict[str, Any] = None) -> "Node": ...
print(get_type_hints(Node))
print(get_type_hints(build))
P = ParamSpec("P")
def deco(f: Callable[P, int]) -> Callable[P, int]:
    return f
print(P, P.args, P.kwargs, deco(len)("abc"), typing.TYPE_CHECKING)
