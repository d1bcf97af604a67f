# typing: reprs of aliases and special forms, get_origin/get_args, Union/Optional rules, isinstance with aliases.
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, Iterable, List, Literal, Mapping,
                    Optional, Sequence, Set, Tuple, Type, Union, Annotated, Deque, DefaultDict, Counter,
                    get_args, get_origin, TypeVar)

print(Any, List, List[int], Dict[str, List[int]], Optional[int], Union[int, str])
print(Union[int, None, str], Optional[Union[int, str]], Union[int], Union[int, int], Optional[None])
print(Tuple[int, ...], Tuple[()], Tuple[int, str], Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Literal[1, "a"], Annotated[int, "meta"], ClassVar[int], Final[str], Type[int], FrozenSet[int])
print(Iterable[int], typing.Iterator, Sequence[str], Mapping[str, int], Set[int], Deque[int], DefaultDict[str, int], Counter[str])
print(typing.Generator[int, None, None], typing.NoReturn, typing.Hashable, typing.Sized, typing.AbstractSet[int])
print(list[int], dict[str, tuple[int, ...]], tuple[()], type[str])

print(get_origin(List[int]), get_origin(Dict), get_origin(Union[int, str]), get_origin(int), get_origin(list[int]))
print(get_args(Dict[str, int]), get_args(Optional[int]), get_args(Callable[[int], str]), get_args(Callable[..., int]))
print(get_args(Annotated[int, "x", 2]), get_origin(Annotated[int, "x"]), get_args(Literal[1, 2]), get_args(int))
print(get_args(Tuple[int, ...]), get_args(list[int]))

print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], List[int] == List[int], List[int] == List[str])
print(Literal[1, 2] == Literal[2, 1], hash(Union[int, str]) == hash(Union[str, int]), List[int] is List[int])
print(isinstance([], List), isinstance({}, Dict), isinstance(3, Union[int, str]), isinstance("s", Optional[int]))
print(issubclass(list, Sequence), issubclass(dict, Mapping), isinstance((), Iterable), isinstance(len, Callable))
for check in (lambda: isinstance([], List[int]), lambda: isinstance(1, Any), lambda: issubclass(int, Literal[1])):
    try:
        check()
    except TypeError as e:
        print("TypeError:", e)
for bad in (lambda: List[int, str], lambda: Union[()], lambda: Dict[int], lambda: typing.Hashable[int]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    List()
except TypeError as e:
    print("TypeError:", e)
print(Deque[int]() if False else typing.Deque([1]), typing.DefaultDict(int)["k"])
T = TypeVar("T")
print(List[T][int], Dict[str, T][float], Tuple[T, T][bool], Callable[[T], T][str])
print(Optional[List[int]], Union[List[int], Dict[str, int], None])
