# f-string replacement fields with complex expressions.
data = {"name": "ada", "langs": ["py", "rs"], "age": 36}
people = [("x", 3), ("y", 1)]
print(f"{data['name'].title()} knows {', '.join(data['langs'])} at {data['age'] + 1}")
print(f"{[x ** 2 for x in range(5)]} {sum(n for _, n in people)} {sorted(people, key=lambda p: p[1])}")
print(f"{(lambda s: s[::-1])('olleh')} {max(people, key=lambda p: p[1])[0]}")
print(f"{'yes' if data['age'] > 30 else 'no'} {data.get('missing', 'default')!r}")
print(f"{(n := 10) * 2} {n}")
print(f"{ {'a': 1}['a'] } { {1, 2} == {2, 1} }")
print(f"{3 + 4j:.1f}" if False else f"{abs(3 + 4j)}")
x, y = 7, 3
print(f"{x}/{y} = {x / y:.4f}, {x}//{y} = {x // y}, {x}%{y} = {x % y}, {x}**{y} = {x ** y}")
print(f"{x!r:>4}{y!s:<4}|")
print(f"""triple
quoted {x}
f-string""")
print(f"{'nested {braces}'}", f"{{{x}}}", f"{{}}")
items = ["a", "b"]
print(f"{items[0]!r} {items[-1].upper()} {len(items)=}")
def fmt(v, spec):
    return f"{v:{spec}}"
print(fmt(3.14159, ".2f"), fmt("s", "^5"), fmt(255, "#06x"))
