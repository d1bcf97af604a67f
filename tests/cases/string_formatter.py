# string.Formatter: parse, format with positional/keyword/attribute/index fields, custom subclasses.
from string import Formatter

f = Formatter()
for s in ["a{{b", "{{}}", "x{}y{}", "{0!r:>5}", "{a.b[0]}", "{:{}}", "q{0[x]}", "plain", ""]:
    print(repr(s), list(f.parse(s)))
for s in ["}", "a{", "{0", "{0!}", "{0!rr}"]:
    try:
        list(f.parse(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)

class P:
    real = 1.5
print(f.format("{0}-{1!r}-{x:>4}-{y[1]}-{z.real}", 1, "a", x=7, y=[0, 9], z=P()))
print(f.format("{:{}}|{}", "ab", 5, "c"), f.format("{0:{1}.{2}f}", 3.14159, 8, 3))
print(f.format("{!s} {!a}", "é", "é"), f.vformat("{a}{b}", (), {"a": 1, "b": 2}))
try:
    f.format("{}{0}", 1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    f.format("{0!x}", 1)
except ValueError as e:
    print("ValueError:", e)

class Defaulting(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f"<{key}?>")
        return super().get_value(key, args, kwargs)
print(Defaulting().format("{name} is {age}", name="Ann"))

class Upper(Formatter):
    def format_field(self, value, spec):
        if spec == "up":
            return str(value).upper()
        return super().format_field(value, spec)
    def convert_field(self, value, conversion):
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)
print(Upper().format("{0:up} {1!l} {2:>3}", "shout", "QUIET", 7))

class Strict(Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra:
            raise ValueError("unused: " + ", ".join(sorted(extra)))
try:
    Strict().format("{a}", a=1, b=2, c=3)
except ValueError as e:
    print("ValueError:", e)
print(f.get_field("a.imag", (), {"a": 2})[0], f.get_field("0[1]", ([5, 6],), {}))
