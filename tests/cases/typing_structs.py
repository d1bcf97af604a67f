# typing.NamedTuple, TypedDict, Final/final, Literal use, Annotated hints, no_type_check, assert_never.
from typing import NamedTuple, TypedDict, Literal, Annotated, final, get_type_hints, Optional, List
import typing

class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 100
    def describe(self):
        return f"{self.name}@{self.dept}"

e = Employee("ann")
print(e, e.describe(), e._fields, e._field_defaults, Employee.__annotations__, e._replace(salary=5))
print(isinstance(e, tuple), Employee._make(["b", "ops", 7]), e[0], type(e).__name__, Employee.__mro__)
Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2), Point.__annotations__, Point._fields)
try:
    class BadNT(NamedTuple):
        a: int = 0
        b: int
except TypeError as err:
    print("TypeError:", err)

class Movie(TypedDict):
    title: str
    year: int
class Partial(TypedDict, total=False):
    rating: float
m = Movie(title="Alien", year=1979)
print(m, type(m).__name__, Movie.__annotations__, sorted(Movie.__required_keys__), sorted(Partial.__optional_keys__))
print(Movie.__total__, Partial.__total__, typing.is_typeddict(Movie), typing.is_typeddict(dict))
Point3 = TypedDict("Point3", {"x": int, "y": int, "z": int})
print(Point3(x=1, y=2, z=3), sorted(Point3.__required_keys__))
try:
    isinstance(m, Movie)
except TypeError as err:
    print("TypeError:", err)

Mode = Literal["r", "w"]
def open_it(path: str, mode: Mode = "r") -> Optional[str]:
    return f"{path}:{mode}"
print(open_it("f"), get_type_hints(open_it), typing.get_args(Mode))

def scaled(v: Annotated[float, "unit:m"]) -> Annotated[List[float], "many"]:
    return [v]
print(get_type_hints(scaled), get_type_hints(scaled, include_extras=True)["v"].__metadata__)

@final
class Leaf:
    @final
    def method(self):
        return 1
print(Leaf.__final__, Leaf.method.__final__, Leaf().method())

@typing.no_type_check
def untyped(x: "not a type") -> 5:
    return x
print(untyped(3), untyped.__no_type_check__)

def handle(v: int | str):
    if isinstance(v, int):
        return "int"
    elif isinstance(v, str):
        return "str"
    typing.assert_never(v)
print(handle(1), handle("s"))
try:
    typing.assert_never(3.5)
except AssertionError as err:
    print("AssertionError:", err)
print(typing.assert_type(5, int), typing.Text is str, typing.get_overloads(handle))
