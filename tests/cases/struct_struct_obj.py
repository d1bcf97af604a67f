# struct.Struct objects, pack_into/unpack_from with offsets, iter_unpack, a binary record file.
import struct

s = struct.Struct("<2hxq")
print(s.format, s.size, type(s).__name__)
b = s.pack(1, -2, 3)
print(b.hex(), s.unpack(b), s.unpack_from(b"\xff" + b, 1))
print(struct.Struct(b">I").format, struct.Struct(b">I").size)
print(struct.Struct("").size, struct.Struct("").pack(), struct.Struct("").unpack(b""))

buf = bytearray(16)
s2 = struct.Struct(">HI")
s2.pack_into(buf, 0, 0xABCD, 7)
struct.pack_into("<h", buf, 8, -1)
struct.pack_into(">i", buf, -4, 0x01020304)
print(buf.hex())
print(s2.unpack_from(buf), s2.unpack_from(buf, 0), struct.unpack_from("<h", buf, offset=8))
print(struct.unpack_from(">i", buf, -4), struct.unpack_from(">B", buffer=buf, offset=15))

it = struct.iter_unpack("<hB", bytes(range(9)))
print(type(it).__name__, it.__length_hint__())
print(next(it), it.__length_hint__())
print(list(it), it.__length_hint__())
print(list(struct.iter_unpack(">I", b"")), list(struct.Struct("b").iter_unpack(b"\x01\xff")))

# A fixed-size record format written to and read back from a file.
Record = struct.Struct("<I8sdB")
rows = [(1, b"alpha", 1.5, 1), (2, b"beta-long-name", -2.25, 0), (3, b"", 1e100, 255)]
path = "/tmp/baton_case_struct_struct_obj.bin"
with open(path, "wb") as f:
    f.write(struct.pack("<4sH", b"REC1", len(rows)))
    for row in rows:
        f.write(Record.pack(*row))
with open(path, "rb") as f:
    data = f.read()
import os
os.remove(path)
magic, count = struct.unpack_from("<4sH", data)
print(magic, count, len(data), Record.size)
for i in range(count):
    rid, name, value, flag = Record.unpack_from(data, 6 + i * Record.size)
    print(rid, name.rstrip(b"\x00"), value, flag)
print([r[0] for r in Record.iter_unpack(data[6:])])

header = struct.pack("!BBH4s", 4, 5, 1500, bytes([192, 168, 0, 1]))
ver, ihl, length, addr = struct.unpack("!BBH4s", header)
print(ver, ihl, length, ".".join(str(x) for x in addr), header.hex())
print(struct.calcsize("@3i2x") == struct.Struct("@3i2x").size)
for fmt in ["i", "<i", "i", ">q"]:
    print(fmt, struct.calcsize(fmt))
struct._clearcache()
print(struct.pack("<i", 1))
