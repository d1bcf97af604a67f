# io.StringIO: reading, writing, positioning, iteration and the closed state.
import io

s = io.StringIO()
print(s.write("hello "), s.write("world\n"), s.write("second line\nthird"))
print(repr(s.getvalue()), s.tell())
print(s.seek(0), repr(s.read(5)), s.tell())
print(repr(s.readline()), repr(s.readline(3)), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(6)
print(s.write("WORLD"), repr(s.getvalue()))
print(s.seek(0, 2), s.write("!"), repr(s.read()))
print(s.truncate(5), s.tell(), repr(s.getvalue()))
print(s.seek(8), s.write("x"), repr(s.getvalue()))
print(s.seek(0), s.truncate(), repr(s.getvalue()))

s = io.StringIO("a\nbb\nccc\ndddd")
print(list(s))
s.seek(0)
print(s.readlines(), s.readlines())
s.seek(0)
print(s.readlines(4))
print(s.read(None), repr(s.read(-1)))
s.seek(2)
print([line for line in s])
print(io.StringIO("héllo wörld ünïcode").read(7))

s = io.StringIO("abc")
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.line_buffering)
print(s.encoding, s.errors, s.newlines, s.closed)
s.writelines(["x", "y", "z"])
print(repr(s.getvalue()))

with io.StringIO("ctx") as f:
    print(f.read(), f.closed)
print(f.closed)

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

for name in ["read", "readline", "getvalue", "tell", "readlines", "isatty"]:
    attempt("closed " + name, getattr(f, name))
attempt("closed write", lambda: f.write("x"))
attempt("closed seek", lambda: f.seek(0))
attempt("closed next", lambda: next(f))
attempt("closed enter", lambda: f.__enter__())
attempt("close twice", f.close)

s = io.StringIO("text")
attempt("write bytes", lambda: s.write(b"x"))
attempt("write int", lambda: s.write(5))
attempt("read str", lambda: s.read("2"))
attempt("init int", lambda: io.StringIO(42))
attempt("fileno", s.fileno)
attempt("detach", s.detach)
print(isinstance(s, io.TextIOBase), isinstance(s, io.IOBase), isinstance(s, io.BufferedIOBase))

class Upper(io.StringIO):
    def write(self, text):
        return super().write(text.upper())

u = Upper()
print(u.write("shout"), u.getvalue())
print(type(io.StringIO()).__name__, io.StringIO.__module__)
