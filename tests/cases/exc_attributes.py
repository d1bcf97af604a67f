# Exception objects: args, str, repr, and type-specific attributes.
for e in [ValueError(), ValueError("one"), ValueError("a", 2), ValueError(None), KeyError("k"), KeyError(),
          KeyError("a", "b"), IndexError(3), Exception([1]), StopIteration(), StopIteration(5, 6)]:
    print(repr(e), "|", str(e), "|", e.args)
print(StopIteration(5).value, StopIteration().value, StopIteration(1, 2).value)
print(SystemExit().code, SystemExit(3).code, SystemExit("msg").code, SystemExit(1, 2).code)
e = OSError(2, "No such file", "f.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e), e.args)
print(type(OSError(13, "denied")).__name__, type(OSError(17, "exists")).__name__, type(OSError("plain")).__name__)
print(OSError("plain").errno, str(OSError(1, "x")), repr(FileNotFoundError(2, "gone")))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as u:
    print(u.encoding, u.object, u.start, u.end, u.reason)
try:
    "é".encode("ascii")
except UnicodeEncodeError as u:
    print(u.encoding, u.object, u.start, u.end, u.reason)
try:
    undefined_name
except NameError as n:
    print(n.name, str(n))
try:
    object().missing_attr
except AttributeError as a:
    print(a.name, type(a.obj).__name__, str(a))
try:
    import no_such_module_xyz
except ModuleNotFoundError as m:
    print(m.name, str(m), m.path)
try:
    exec("def f(:\n pass")
except SyntaxError as s:
    print(s.msg, s.lineno, s.filename, type(s.offset).__name__)
e = ValueError("x")
e.args = ("changed", 1)
print(str(e), e.args)
e.custom = 5
print(e.custom, e.__class__.__name__, e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
print(repr(ZeroDivisionError("division by zero")), repr(UnicodeError("u")), repr(KeyboardInterrupt()))
print(str(KeyError("quoted")), str(KeyError(1)), str(KeyError("")), repr(str(KeyError())))
print(BaseException("b").with_traceback(None).args, Exception.__new__(Exception).args)
e = Exception("with note")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__)
