# Variable annotations at module, class and function level; annotation-only statements.
x: int = 5
y: "list[str]"
z: float = 1.5
print(x, z, __annotations__)
try:
    y
except NameError as e:
    print("NameError:", e)
class Point:
    x: int
    y: int = 0
    label: str = "p"
print(Point.__annotations__, Point.y, hasattr(Point, "x"))
def f(a: int, b: str = "s", *args: float, c: bool = True, **kw: dict) -> None:
    local: int = 3
    unannotated_only: str
    return local
print(f(1), f.__annotations__)
def g(): pass
print(g.__annotations__)
class Empty: pass
print(getattr(Empty, "__annotations__", {}))
data: dict[str, int] = {"a": 1}
print(data, __annotations__["data"])
obj = Point()
obj.extra: int = 7
print(obj.extra)
lst = [0]
lst[0]: int = 9
print(lst)
