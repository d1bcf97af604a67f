# base64: b64encode/b64decode (altchars, validate), standard_/urlsafe_ variants, encodebytes/decodebytes.
import base64
import binascii

def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[::17],
             b"\xfb\xff\xfe", bytearray(b"bytearray!")]:
    enc = base64.b64encode(data)
    print(enc, base64.b64decode(enc) == data, base64.urlsafe_b64encode(data),
          base64.standard_b64encode(data) == enc, base64.b32encode(data)[:16])

print(base64.b64encode(b"\xfb\xff\xbf", altchars=b"-_"), base64.b64encode(b"\xfb\xff", b"*!"))
print(base64.b64decode(b"-_-_", altchars=b"-_"), base64.b64decode("+/+/"), base64.b64decode("-_8=", "-_"))
print(base64.urlsafe_b64decode("-_-_"), base64.urlsafe_b64decode(b"+/+/"), base64.standard_b64decode("Zm9v"))
print(base64.b64decode("Zm9v\nYmFy"), base64.b64decode(b"Zm 9v Y!mFy"), base64.b64decode("Zg=="))
print(base64.b64decode(b"Zg==trailing"), base64.b64decode(bytearray(b"Zm8=")))

for bad in [b"Zg", b"Zg=", b"Z", b"Zm9vY", b"Zm9vYm", b"=Zm9v", b"Zm=9v", b"Zm9v=", b"Zm9v Zm9v",
            b"Zm9v!", b"Zg===", b"Zg==x", "Zm9vY"]:
    show(base64.b64decode, bad)
    show(base64.b64decode, bad, validate=True)

show(base64.b64decode, "caf\u00e9")
show(base64.b64decode, 123)
show(base64.b64encode, "text")
show(base64.b64decode, [1, 2])

long = bytes(range(100)) * 2
eb = base64.encodebytes(long)
print(eb)
print(eb.count(b"\n"), base64.decodebytes(eb) == long, base64.encodebytes(b""), base64.encodebytes(b"x"))
print(base64.decodebytes(b"Zm9v\nYmFy\n"))
show(base64.encodebytes, "str")
show(base64.decodebytes, "str")
print(base64.MAXLINESIZE, base64.MAXBINSIZE)

class Src:
    def __init__(self, data):
        self.data, self.pos = data, 0

    def read(self, n):
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def readline(self):
        end = self.data.find(b"\n", self.pos)
        end = len(self.data) if end < 0 else end + 1
        line = self.data[self.pos:end]
        self.pos = end
        return line

class Dst:
    def __init__(self):
        self.parts = []

    def write(self, b):
        self.parts.append(b)

out = Dst()
base64.encode(Src(long), out)
print(b"".join(out.parts) == eb, len(out.parts))
back = Dst()
base64.decode(Src(eb), back)
print(b"".join(back.parts) == long)
