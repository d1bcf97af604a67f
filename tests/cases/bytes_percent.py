# bytes % args and bytearray % args.
print(b"%s is %d" % (b"x", 5), b"%05.1f|%x|%X|%o" % (3.14159, 255, 255, 8), b"%c%c" % (65, b"B"), b"%%|%r|%a" % ("\xe9", b"q"))
print(bytearray(b"%s-%s") % (bytearray(b"a"), b"b"), type(bytearray(b"%d") % 1).__name__, b"%(k)s=%(v)d" % {b"k": b"key", b"v": 7})
print(b"%-6s|%6s|%.2s" % (b"ab", b"cd", b"efgh"), b"%+d % d %i %u" % (5, 5, -3, 7), b"%e %g %G" % (12345.678, 0.0001, 1e20))
print(b"%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159), b"%s" % b"single", b"%b" % bytearray(b"ba"), b"%#x %#o" % (255, 8))
class HasBytes:
    def __bytes__(self):
        return b"<hb>"
class Idx:
    def __index__(self):
        return 66
print(b"%s %b" % (HasBytes(), HasBytes()), b"%x %c" % (Idx(), Idx()), b"%d" % True, b"%d" % 3.9, b"%s" % [b"x"][0])
print(b"x".__mod__(()), b"%s".__rmod__(b"y") if False else b"%s".__mod__(b"y"), b"abc" % (), b"abc" % {}, b"%s" % b"k")
for f in (lambda: b"%s" % "str", lambda: b"%s %s" % (b"a",), lambda: b"%s" % (b"a", b"b"), lambda: b"%d" % b"x",
          lambda: b"%x" % 1.5, lambda: b"%f" % "x", lambda: b"%c" % 256, lambda: b"%c" % b"ab", lambda: b"%c" % "a",
          lambda: b"%(k)s" % (1,), lambda: b"%(k)s" % {}, lambda: b"%z" % 1, lambda: b"%" % (), lambda: b"%*d" % ("a", 1),
          lambda: b"abc" % 1, lambda: 5 % b"x", lambda: b"%s" % HasBytes, lambda: bytearray(b"%q") % 1):
    try:
        print(repr(f()))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
for f in (lambda: b"%f" % 2**2000, lambda: b"%f" % 3, lambda: b"%.1f" % True, lambda: b"%5.2f|%-8.3e|" % (2.5, 1234.5)):
    try:
        print(f())
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
