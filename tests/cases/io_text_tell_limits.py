# Text files: tell()/seek() round trips after readline (utf-8, CRLF, latin-1),
# readline(size), readlines(hint), readinto, append mode starting at the end.
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "t.txt")
with open(p, "wb") as f:
    f.write("héllo\r\nwörld\nthird line\r\nfourth\n".encode("utf-8"))
with open(p) as f:
    print(repr(f.readline()), f.tell())
    pos = f.tell()
    print(repr(f.readline()), f.tell())
    f.seek(pos); print(repr(f.readline()))
    print(repr(f.readline(3)), repr(f.readline(100)), f.tell())
    print(repr(f.read()), f.tell())
with open(p, newline="") as f:
    print(repr(f.readline()), f.tell(), repr(f.readline()), f.tell())
with open(p, encoding="latin-1") as f:
    f.readline(); print(f.tell())
with open(p) as f:
    print(f.readlines(5), f.readlines(-1))
with open(p, "rb") as f:
    print(f.readline(4), f.readline(), f.tell(), f.readlines(3), f.readlines())
    f.seek(0)
    b = bytearray(5); print(f.readinto(b), b, f.tell())
    m = memoryview(bytearray(4)); print(f.readinto(m), bytes(m))
    try: f.readinto(b"abc")
    except TypeError as e: print(e)
    try: f.readline("x")
    except TypeError as e: print(e)
with open(p, "a") as f:
    print(f.tell())
os.remove(p); os.rmdir(d)
