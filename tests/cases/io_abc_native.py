# The io ABCs and the interpreter's own file objects; UnsupportedOperation;
# user-defined raw streams wrapped by BufferedReader/TextIOWrapper; io.open
# with file descriptors; FileIO.
import io
import os
import sys

path = "/tmp/_baton_case_io_abc_native.txt"
with open(path, "w") as f:
    f.write("line1\nline2\n")
    print(isinstance(f, io.IOBase), isinstance(f, io.TextIOBase),
          isinstance(f, io.TextIOWrapper), isinstance(f, io.BufferedIOBase))
with open(path, "rb") as f:
    print(isinstance(f, io.IOBase), isinstance(f, io.BufferedIOBase),
          isinstance(f, io.BufferedReader), isinstance(f, io.TextIOBase))
with open(path, "ab") as f:
    print(isinstance(f, io.BufferedIOBase), isinstance(f, io.BufferedWriter),
          isinstance(f, io.RawIOBase))
print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stderr, io.IOBase))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
try:
    with open(path, "rb") as f:
        f.write(b"x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation caught", type(e).__name__)

fd = os.open(path, os.O_RDONLY)
with io.open(fd) as f:
    print(f.read().split())
with io.open(path, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(3), f.readall(), f.mode)
with os.fdopen(os.open(path, os.O_RDONLY), "rb") as f:
    print(f.readline())
r = io.FileIO(path)
print(r.read(2), r.tell(), r.seek(0), r.readline(), r.readable(), r.writable(), r.closed)
r.close()
print(r.closed)
with io.open_code(path) as f:
    print(f.read())
os.unlink(path)

print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(io.text_encoding(None), io.text_encoding("ascii"))

class Source(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        chunk = self.data[self.pos:self.pos + min(len(b), 3)]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)

s = Source(b"abc\ndefgh\nij")
print(s.read(2), s.readline(), s.read(), s.read(), s.closed)
print(list(io.BufferedReader(Source(b"x\ny\nz"))))
br = io.BufferedReader(Source(b"0123456789"), buffer_size=4)
print(br.peek(1)[:1], br.read(3), br.read1(10), br.read())
t = io.TextIOWrapper(io.BufferedReader(Source("ünï\ncode\n".encode())), encoding="utf-8")
print(t.readlines())
s.close()
print(s.closed)
try:
    s.read()
except ValueError as e:
    print("ValueError", e)

base = io.IOBase()
for name in ["seek", "truncate", "fileno"]:
    try:
        getattr(base, name)(0) if name != "fileno" else base.fileno()
    except io.UnsupportedOperation as e:
        print(name, "UnsupportedOperation", e)
print(base.readable(), base.writable(), base.seekable(), base.closed)
base.close()
print(base.closed)
