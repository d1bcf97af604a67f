# io.StringIO's newline argument: translation on write, line splitting on
# read, and the newlines attribute; seek and truncate errors.
import io

text = "one\rtwo\r\nthree\nfour"
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(text, newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines, s.tell())

for nl in [None, "", "\r\n"]:
    s = io.StringIO(newline=nl)
    s.write("a\r")
    s.write("\nb\n")
    s.seek(0)
    print(repr(nl), repr(s.getvalue()), list(s), s.newlines)

s = io.StringIO(newline="")
print(s.newlines)
s.write("x\n")
print(repr(s.newlines))
s.write("y\r\n")
print(s.newlines)
s.write("z\r")
print(s.newlines)

s = io.StringIO(newline="\r\n")
print(s.write("l1\nl2\n"), s.tell(), repr(s.getvalue()))

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("bad newline", lambda: io.StringIO("", newline="x"))
attempt("newline type", lambda: io.StringIO("", newline=1))
s = io.StringIO("hello")
attempt("seek cur 0", lambda: s.seek(0, 1))
attempt("seek cur 1", lambda: s.seek(1, 1))
attempt("seek end 0", lambda: s.seek(0, 2))
attempt("seek end -1", lambda: s.seek(-1, 2))
attempt("seek negative", lambda: s.seek(-1))
attempt("seek whence 3", lambda: s.seek(0, 3))
attempt("seek float", lambda: s.seek(1.5))
attempt("seek past end", lambda: s.seek(8))
attempt("write past end", lambda: s.write("!"))
attempt("value", s.getvalue)
attempt("truncate -1", lambda: s.truncate(-1))
attempt("truncate 2", lambda: s.truncate(2))
attempt("tell", s.tell)
attempt("value", s.getvalue)
attempt("readline -1", lambda: io.StringIO("ab\ncd").readline(-1))
attempt("readline None", lambda: io.StringIO("ab\ncd").readline(None))
attempt("readline 0", lambda: io.StringIO("ab\ncd").readline(0))
attempt("readlines 0", lambda: io.StringIO("a\nb\n").readlines(0))

big = io.StringIO()
for i in range(2000):
    big.write("line %d ü\n" % i)
big.seek(0)
count = 0
for line in big:
    count += 1
print(count, repr(line), big.tell())
big.seek(0)
print(big.readline(), big.read(5), big.readline(), end="")
