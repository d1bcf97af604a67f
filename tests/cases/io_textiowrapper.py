# io.TextIOWrapper over io.BytesIO: decoding, newline handling, buffered
# writes, seek/tell, detach and errors.
import io

raw = "héllo\r\nwörld\rlast\nend".encode("utf-8")
for nl in [None, "", "\n", "\r", "\r\n"]:
    w = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8", newline=nl)
    print(repr(nl), w.readlines(), w.newlines)

w = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8")
print(repr(w.read(3)), repr(w.readline()), repr(w.readline(2)), repr(w.read()))
print(w.seek(0), repr(w.readline()), w.tell())

b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-8", newline="\r\n")
print(w.write("a\nb\n"), b.getvalue())
w.flush()
print(b.getvalue(), w.tell(), w.seek(0), repr(w.read()))
w.write("more")
w.seek(0)
print(repr(w.read()))
print(w.encoding, w.errors, w.line_buffering, w.write_through, w.closed)
print(w.readable(), w.writable(), w.seekable(), w.buffer is b)

b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-8", line_buffering=True)
w.write("no newline")
print(b.getvalue())
w.write(" then\nnewline")
print(b.getvalue())
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="ascii", write_through=True)
w.write("through")
print(b.getvalue())

for enc in ["latin-1", "utf-16", "utf-8-sig"]:
    b = io.BytesIO()
    w = io.TextIOWrapper(b, encoding=enc)
    w.write("ñ1\n")
    w.write("ñ2\n")
    w.flush()
    data = b.getvalue()
    back = io.TextIOWrapper(io.BytesIO(data), encoding=enc)
    print(enc, data, list(back))

print(repr(io.TextIOWrapper(io.BytesIO(b"a\xffb"), encoding="utf-8", errors="replace").read()))
lines = io.TextIOWrapper(io.BytesIO("ünï\n".encode() * 3000), encoding="utf-8")
print(sum(1 for _ in lines))

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

w = io.TextIOWrapper(io.BytesIO(b"a\xffb"), encoding="utf-8")
attempt("strict decode", w.read)
attempt("write bytes", lambda: w.write(b"x"))
attempt("bad encoding", lambda: io.TextIOWrapper(io.BytesIO(), encoding="no-such-codec"))
attempt("bad newline", lambda: io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="x"))
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
attempt("seek cur", lambda: w.seek(1, 1))
attempt("seek end", lambda: w.seek(1, 2))
attempt("seek negative", lambda: w.seek(-1))
attempt("seek whence", lambda: w.seek(0, 4))
attempt("repr", lambda: repr(w))
buf = w.detach()
print(type(buf).__name__)
attempt("after detach", w.read)
attempt("repr detached", lambda: repr(w))
b = io.BytesIO(b"x")
w = io.TextIOWrapper(b, encoding="utf-8")
w.close()
print(w.closed, b.closed)
attempt("closed read", w.read)
attempt("closed write", lambda: w.write("x"))
print(isinstance(w, io.TextIOBase), isinstance(w, io.TextIOWrapper))
