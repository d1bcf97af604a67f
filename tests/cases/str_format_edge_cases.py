# str.format and format() edge cases: nested fields, attribute/index chains, conversions with specs.
class Obj:
    items = [{"k": "deep"}]
    name = "obj"
print("{0.items[0][k]} {0.name!r:>7}".format(Obj()))
print("{:{fill}{align}{width}}".format("x", fill="-", align="^", width=7))
print("{0}{1}{0}".format("ab", "-"), "{!s:^9}".format([1, 2]), "{0!a}".format("ü"))
print("{:>+08.2f}".format(3.14159), "{:=^+9}".format(5), "{:#>5x}".format(255))
print("{:%}".format(1), "{:.0%}".format(0.999), "{:e}".format(0), "{:g}".format(1e-4), "{:G}".format(1e-5))
print("{0:{1}}".format(42, "x"), "{:s}".format("str"), "{:}".format(1.0))
print(format(1e300 * 10, "f"), format(-1e300 * 10, ".2f"), format(float("nan"), "10"), format(0.0, "+"))
print("{:,}".format(-1234.5), "{:_b}".format(255), "{:_o}".format(8 ** 6), "{:,.3f}".format(1234567.0005))
print("{}{}{}".format(*"abc"), "{x}{y}{x}".format(x=1, y=2), "{0[1]}".format("xyz"), "{0[-1]}".format({"-1": "neg key"}))
