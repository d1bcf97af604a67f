# io.BytesIO: bytes-like input, positioning, readinto, getbuffer and errors.
import io

b = io.BytesIO(b"hello\nworld\n")
print(b.read(2), b.read1(2), b.read1(), b.read())
print(b.seek(-3, 2), b.seek(-1, 1), b.seek(-100, 1), b.tell())
print(b.readline(), b.readline(2), b.readlines())
b.seek(0)
print(list(b))
print(b.write(memoryview(b"AB")), b.write(bytearray(b"CD")), b.getvalue())
print(b.seek(20), b.write(b"Z"), b.getvalue())
print(b.truncate(4), b.tell(), b.getvalue(), b.truncate(100), b.getvalue())
print(b.seek(0), b.truncate(), b.getvalue())

buf = bytearray(5)
r = io.BytesIO(b"xyz")
print(r.readinto(buf), buf, r.readinto(buf), r.readinto1(bytearray(2)))
print(io.BytesIO(None).getvalue(), io.BytesIO(bytearray(b"ba")).getvalue())
print(io.BytesIO(b"abc").__getstate__())

v = io.BytesIO(b"abcdef")
view = v.getbuffer()
view[0] = ord("X")
print(bytes(view[1:3]), len(view), v.getvalue())
view.release()
del view
print(v.write(b"q"), v.getvalue())

w = io.BytesIO()
w.writelines([b"one ", bytearray(b"two "), memoryview(b"three")])
print(w.getvalue(), w.tell())
print(w.readable(), w.writable(), w.seekable(), w.isatty(), w.closed)

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("write str", lambda: w.write("text"))
attempt("write int", lambda: w.write(3))
attempt("init str", lambda: io.BytesIO("text"))
attempt("seek negative", lambda: w.seek(-1))
attempt("seek whence", lambda: w.seek(0, 5))
attempt("truncate negative", lambda: w.truncate(-1))
attempt("read float", lambda: w.read(1.0))
attempt("fileno", w.fileno)
attempt("detach", w.detach)

with io.BytesIO(b"data") as c:
    print(c.read())
print(c.closed)
for name in ["read", "read1", "readline", "getvalue", "getbuffer", "tell", "flush", "isatty", "readable"]:
    attempt("closed " + name, getattr(c, name))
attempt("closed write", lambda: c.write(b"x"))
attempt("closed seek", lambda: c.seek(0))
attempt("closed next", lambda: next(c))
print(isinstance(c, io.BufferedIOBase), isinstance(c, io.IOBase), isinstance(c, io.TextIOBase))

big = io.BytesIO()
for i in range(1000):
    big.write(b"%d," % i)
print(len(big.getvalue()), big.getvalue()[-8:])
