# The f-string '=' specifier: expression text, whitespace preserved, conversions and specs.
a = 5
name = "baton"
values = [1, 2, 3]
print(f"{a=}")
print(f"{a = }")
print(f"{a*2=}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{name=:>8}")
print(f"{values[1]=}")
print(f"{len(values)=}, {sum(values) = }")
print(f"{3.14159=:.2f}")
print(f"{a + 1 = :05d}")
print(f"{None=}", f"{'quoted'=}")
class P:
    def __repr__(self): return "P()"
    def __str__(self): return "p-str"
print(f"{P()=}", f"{P()=!s}")
