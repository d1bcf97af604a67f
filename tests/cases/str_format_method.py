# str.format: positional, keyword, indexing, attributes, conversions, nesting, escaping.
print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}!".format(name="hi"))
print("{0[0]} {0[1]} {d[key]} {d[k2]}".format([1, 2], d={"key": "v", "k2": 3}))
class P:
    x = 5
    y = [10, 20]
print("{p.x} {p.y[1]} {0.x}".format(P(), p=P()))
print("{!r} {!s} {!a}".format("q", "q", "é"), "{0!r:>6}".format("q"))
print("{{literal}} {{{}}}".format(7), "{:{}}|".format("ab", 5), "{:{w}.{p}f}".format(3.14159, w=8, p=2))
print("{:>{width}}".format("r", width=4), "{0:{1}{2}}".format(42, "+", "6"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{".format(1)
except ValueError as e:
    print("ValueError:", e)
try:
    "}".format(1)
except ValueError as e:
    print("ValueError:", e)
print("{:d}".format(True), "{}".format(None), "{0}{0}".format("dup"), "{:}".format(3))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{x} and {y}".format_map(Default(x=1)))
print("{0:^10}|{1:*<6}|{2:#>4}".format("mid", "l", "r"))
print("{:,}".format(1234567.891), "{:_}".format(10 ** 8), "{:.1%}".format(0.4567))
