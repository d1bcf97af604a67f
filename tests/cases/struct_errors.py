# struct.error (and TypeError/OverflowError) messages for bad formats, values and buffers.
import struct

def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

for fmt in ["z", "3", "4 h", "<P", ">n", "=N", "i#", "2", "99999999999999999999999s"]:
    show(struct.calcsize, fmt)
show(struct.calcsize, "\u00e9")
show(struct.Struct, 5)
show(struct.pack, "ii", 1)
show(struct.pack, "i", 1, 2)
show(struct.pack, "3s")
for fmt in ["b", "B", "h", "H", "<h", ">h", ">H", "i", "I", "<i", "<I", ">l", ">L", "l", "L",
            "q", "Q", "<q", ">q", ">Q", "n", "N", "P"]:
    for v in [-2 ** 64, -2 ** 63 - 1, -2 ** 31 - 1, -1, 256, 65536, 2 ** 32, 2 ** 63, 2 ** 64]:
        try:
            struct.pack(fmt, v)
            result = "ok"
        except struct.error as e:
            result = str(e)
        print(fmt, v, result)
for v in [1.5, "1", None, b"x"]:
    show(struct.pack, "i", v)
for v in ["1", None, b"x"]:
    show(struct.pack, "d", v)
show(struct.pack, "d", 10 ** 400)
show(struct.pack, "e", 65536)
show(struct.pack, "<f", 10 ** 39)
show(struct.pack, "c", b"ab")
show(struct.pack, "c", "a")
show(struct.pack, "c", 97)
show(struct.pack, "s", "text")
show(struct.pack, "p", 5)
show(struct.unpack, "i", b"abc")
show(struct.unpack, "<h", b"abc")
show(struct.unpack, "i", "abcd")
show(struct.unpack, "i", 1234)
show(struct.unpack_from, "i", b"abcdef", 3)
show(struct.unpack_from, "i", b"abcdef", -10)
show(struct.unpack_from, "i", b"abcdef", 10)
show(struct.unpack_from, "i", b"abcdef", "x")
show(struct.iter_unpack, "<h", b"abc")
show(struct.iter_unpack, "", b"")
buf = bytearray(8)
show(struct.pack_into, "<hh", buf, 6, 1, 2)
show(struct.pack_into, "<hh", buf, -2, 1, 2)
show(struct.pack_into, "<hh", buf, -10, 1, 2)
show(struct.pack_into, "<h", b"immutable", 0, 1)
show(struct.pack_into, "<h", buf)
show(struct.pack_into, "<h")
show(struct.pack_into, "<h", buf, 0, 1, 2)
print(buf, issubclass(struct.error, Exception), struct.error.__name__)
