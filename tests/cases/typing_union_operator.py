# PEP 604 unions: `X | Y` between classes builds types.UnionType, printed as "int | str".
import types
import typing

u = int | str
print(u, type(u).__name__, type(u) is types.UnionType)
print(int | None, list[int] | None, str | int | str)
print(u.__args__, typing.get_args(u), typing.get_origin(u) is types.UnionType)
print(isinstance(3, int | str), isinstance(2.0, int | str), issubclass(bool, int | float))
print(u == typing.Union[int, str], (int | str) == (str | int), hash(int | str) == hash(str | int))
print(typing.Optional[int] == (int | None), typing.Union[int, str] | None)

def f(x: int | None = None) -> list[str] | None:
    return None
print(f.__annotations__)
print(typing.get_type_hints(f))
