# f-strings: expressions, conversions, format specs, nesting, escaping, debugging '='.
name = "World"
n = 42
pi = 3.14159265
items = [1, 2, 3]
print(f"Hello, {name}!", f"{n + 1}", f"{items[0]}{items[-1]}", f"{len(items) * 2}")
print(f"{name!r} {name!s} {'é'!a}", f"{n:5d}|{n:<5}|{n:^5}|{n:x}|{n:#b}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:.3g} {0.25:%} {1234567:,}")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|", f"{'x':>{width}}|", f"{n:{'+' if n > 0 else ''}d}")
print(f"{{braces}} {{{n}}}", f"{'quote'}", f'{"double"}', f"{name.upper()} {name[::-1]}")
d = {"key": "value"}
print(f"{d['key']}", f"{d}", f"{[x * 2 for x in items]}", f"{(lambda x: x + 1)(1)}")
print(f"{n=}", f"{pi=:.2f}", f"{name = }", f"{n*2=}", f"{name=!r}" if False else f"{name=!s}")
print(f"{'nested ' + f'{n}'}", f"{f'{n:>4}':*<8}")
obj = None
print(f"{obj}", f"{True}", f"{3 + 4j}", f"{b'bytes'}", f"{1e100}", f"{-0.0}")
print(f"multi"
      f"part {n}"
      " plain")
print(F"upper F {n}", rf"raw \n {n}", fr"also raw \t")
class C:
    def __format__(self, spec):
        return f"C({spec})"
    def __str__(self):
        return "C-str"
    def __repr__(self):
        return "C-repr"
print(f"{C()} {C():spec} {C()!s} {C()!r}")
x = 5
print(f"{x if x > 3 else 0}", f"{x, x}", f"{'yes' if x else 'no':>5}")
print(f"{'a' 'b'}", f"{3:{'0'}{'5'}}", f"{n:_x}")
