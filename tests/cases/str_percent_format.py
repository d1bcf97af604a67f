# printf-style % formatting.
print("%s %r %a" % ("str", "repr", "ascïi"))
print("%d %i %u" % (42, -7, 3), "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8))
print("%f %.2f %10.3f %-10.1f| %e %.3E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.000123, 1e-5, 1e20))
print("%g %g %g %g %.3g %#g" % (100000.0, 1000000.0, 0.0001, 0.00001, 3.14159, 1.0))
print("%c%c %%" % (72, "i"), "%s" % [1, 2], "%s" % (("tuple",),), "%r" % ((1, 2),))
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30}, "%(x)r" % {"x": "q"})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s" % None, "%d" % True, "%.0f" % 0.5, "%.0f" % 1.5, "%.1f" % 0.25, "%d" % 3.99, "%s" % 1.0)
print("%x" % -255, "%o" % -8, "%e" % 0, "%f" % float("inf"), "%F" % float("nan"), "%5s|%-5s|" % ("ab", "cd"))
print("%.3s" % "abcdef", "%10.4s|" % "abcdef", "%d%%" % 50, "%s" % "é", "%c" % 0x1F600)
for fmt, val in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(k)s", 5), ("%c", "ab")]:
    try:
        print(fmt % val)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
print("no args" % (), "%s" % "only", "%s %s" % ("a", "b"))
print(b"%d bytes %s" % (5, b"x"), "%-8.3f|" % -1.5, "%+.2e" % 1234.5)
print("%i" % 10 ** 20, "%x" % 2 ** 70, "%.15g" % 0.1, "%.17g" % 0.1, "%r" % 0.1)
