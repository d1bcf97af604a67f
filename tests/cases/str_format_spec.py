# The format-spec mini-language for int, float, str.
ints = [0, 7, -7, 255, 1234567, -1234567, 10 ** 20]
specs = ["", "d", "5d", "<5d", ">5", "^7", "=+8", "+d", " d", "-d", "05d", "x", "X", "#x", "#X", "o", "#o", "b", "#b",
         ",", "_", "_x", "#010x", "*^9", "c", "n", "e", ".2f", "%"]
for spec in specs:
    out = []
    for i in ints:
        try:
            out.append(format(i, spec))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(repr(spec), out)
floats = [0.0, -0.0, 1.5, -2.25, 3.14159265, 1234567.891, 1e-7, 1e22, 0.1, 2.5, float("inf"), float("nan")]
fspecs = ["", "f", ".0f", ".1f", ".3f", "10.2f", "<10.2f", "^10.1f", "+.2f", " .1f", "e", ".2e", "E", "g", ".3g",
          "G", ".10g", "%", ".1%", ",.2f", "_.1f", "010.2f", "#.0f", "=+10.1f", "n", "r" if False else ".2"]
for spec in fspecs:
    print(repr(spec), [format(f, spec) for f in floats])
strs = ["", "a", "hello", "héllo"]
for spec in ["", "5", "<5", ">5", "^5", "*^6", ".2", "8.3", "-<4", "s"]:
    print(repr(spec), [format(s, spec) for s in strs])
for bad in [("abc", "d"), (1.5, "d"), ("x", "+"), (1, "s"), (1, ".2s"), ("a", "=5"), (5, ",d,")]:
    try:
        format(*bad)
    except ValueError as e:
        print("ValueError:", e)
