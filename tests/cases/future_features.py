# The __future__ module's feature records, and `from __future__ import
# annotations` turning annotations into strings.
from __future__ import annotations
import __future__

for name in __future__.all_feature_names:
    f = getattr(__future__, name)
    print(name, f.getOptionalRelease(), f.getMandatoryRelease(), hex(f.compiler_flag))
print(repr(__future__.annotations), __future__.__all__[:3])

def f(x: list[int], y: Undefined = 3) -> dict[str, Whatever]:
    return x
print(f.__annotations__)

class C:
    a: int
    b: "quoted" = 1
print(C.__annotations__)
try:
    exec("from __future__ import braces")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("from __future__ import nonexistent_feature")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
