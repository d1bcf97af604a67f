"""A tiny binary record store: framed records with struct, checksums, and an index."""
import base64
import hashlib
import io
import os
import struct
import tempfile
import zlib

MAGIC = b"RECS"
HEADER = struct.Struct("<4sHI")           # magic, version, record count
FRAME = struct.Struct("<IHBx")            # payload length, record type, flags, pad
TYPES = {1: "text", 2: "point", 3: "blob"}


class CorruptFile(Exception):
    pass


def encode(rtype, value):
    if rtype == 1:
        return value.encode("utf-8")
    if rtype == 2:
        return struct.pack("<dd", *value)
    return bytes(value)


def decode(rtype, payload):
    if rtype == 1:
        return payload.decode("utf-8")
    if rtype == 2:
        return struct.unpack("<dd", payload)
    return payload


def write_records(fh, records, compress_over=32):
    fh.write(HEADER.pack(MAGIC, 1, len(records)))
    index = []
    for rtype, value in records:
        payload = encode(rtype, value)
        flags = 0
        if len(payload) > compress_over:
            payload, flags = zlib.compress(payload, 9), 1
        index.append(fh.tell())
        fh.write(FRAME.pack(len(payload), rtype, flags))
        fh.write(payload)
        fh.write(struct.pack(">I", zlib.crc32(payload)))
    return index


def read_records(fh):
    magic, version, count = HEADER.unpack(fh.read(HEADER.size))
    if magic != MAGIC:
        raise CorruptFile(f"bad magic {magic!r}")
    for i in range(count):
        length, rtype, flags = FRAME.unpack(fh.read(FRAME.size))
        payload = fh.read(length)
        (crc,) = struct.unpack(">I", fh.read(4))
        if crc != zlib.crc32(payload):
            raise CorruptFile(f"record {i}: checksum mismatch")
        if flags & 1:
            payload = zlib.decompress(payload)
        yield TYPES[rtype], decode(rtype, payload)


def main():
    records = [(1, "hello"), (2, (1.5, -2.25)), (3, b"\x00\x01\xfe\xff"), (1, "ünïcödé " * 6),
               (3, bytearray(range(40)))]
    fd, path = tempfile.mkstemp(suffix=".recs")
    os.close(fd)
    try:
        with open(path, "wb") as fh:
            index = write_records(fh, records)
        size = os.path.getsize(path)
        print("index:", index, "size:", size)
        with open(path, "rb") as fh:
            raw = fh.read()
            fh.seek(0)
            for kind, value in read_records(fh):
                print(f"  {kind:<5} {value!r:.60}")
        print("sha256:", hashlib.sha256(raw).hexdigest()[:16], "md5:", hashlib.md5(raw).hexdigest())
        print("b64:", base64.b64encode(raw[:12]).decode(), base64.urlsafe_b64encode(b"\xfb\xff").decode(),
              base64.b16encode(b"RE"), base64.b64decode("UkVDUw=="))
        corrupted = bytearray(raw)
        corrupted[index[1] + FRAME.size] ^= 0xFF
        try:
            list(read_records(io.BytesIO(corrupted)))
        except CorruptFile as e:
            print("CorruptFile:", e)
        try:
            list(read_records(io.BytesIO(b"JUNK" + raw[4:])))
        except CorruptFile as e:
            print("CorruptFile:", e)
        try:
            list(read_records(io.BytesIO(raw[:20])))
        except struct.error as e:
            print("struct.error:", e)
    finally:
        os.remove(path)
    mv = memoryview(bytearray(b"abcdefgh"))
    mv[2:4] = b"XY"
    print(mv.tobytes(), mv[1], bytes(mv[::2]), mv.nbytes, mv.readonly, len(mv.cast("H")))
    buf = bytearray()
    buf += struct.pack("!hHq?", -2, 65535, 2**40, True)
    buf.extend(b"--")
    print(buf.hex(" "), struct.calcsize("!hHq?"), struct.unpack_from("!H", buf, 2), buf.find(b"--"))
    print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(4, "big"), (-1).to_bytes(2, "big", signed=True))
    print(bytes.fromhex("de ad be ef"), b"a,b".split(b","), b"Abc".lower(), b"x" in b"xyz", b"%d-%s" % (5, b"q"))
    h = hashlib.sha1()
    for chunk in (b"par", b"tial"):
        h.update(chunk)
    print(h.hexdigest() == hashlib.sha1(b"partial").hexdigest(), h.name, h.digest_size,
          hashlib.blake2b(b"x", digest_size=8).hexdigest())
    print(zlib.adler32(b"wikipedia"), len(zlib.compress(b"a" * 1000)) < 30, zlib.decompress(zlib.compress(b"round")))


main()
