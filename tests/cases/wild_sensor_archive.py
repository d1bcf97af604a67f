"""Pack sensor readings into a small binary archive format and read it back.

Format: a fixed header (magic, version, flags, record count, CRC32 of the
body), then variable-length records (struct-packed fields plus a
length-prefixed UTF-8 name), the body optionally zlib-compressed. The reader
uses memoryview slicing and struct.iter_unpack; the writer a bytearray.
Also prints a hexdump, base64 of the header and a checksum.
"""
import base64
import binascii
import hashlib
import io
import math
import os
import struct
import tempfile
import zlib

MAGIC = b"SNSR"
HEADER = struct.Struct("<4sBBHI")          # magic, version, flags, count, crc
RECORD = struct.Struct("<IhfB")            # timestamp, sensor id, value, name length
FLAG_COMPRESSED = 0x01
FLAG_HAS_NAMES = 0x02


class FormatError(Exception):
    pass


def encode(readings, compress=True):
    body = bytearray()
    for ts, sensor, value, name in readings:
        raw = name.encode("utf-8")
        if len(raw) > 255:
            raise FormatError(f"name too long: {len(raw)} bytes")
        body += RECORD.pack(ts, sensor, value, len(raw))
        body.extend(raw)
    flags = FLAG_HAS_NAMES
    payload = bytes(body)
    if compress:
        payload = zlib.compress(payload, 9)
        flags |= FLAG_COMPRESSED
    header = HEADER.pack(MAGIC, 1, flags, len(readings), zlib.crc32(body))
    return header + payload


def decode(blob):
    view = memoryview(blob)
    if len(view) < HEADER.size:
        raise FormatError("truncated header")
    magic, version, flags, count, crc = HEADER.unpack_from(view)
    if magic != MAGIC:
        raise FormatError(f"bad magic {bytes(magic)!r}")
    if version != 1:
        raise FormatError(f"unsupported version {version}")
    body = view[HEADER.size:]
    if flags & FLAG_COMPRESSED:
        try:
            body = memoryview(zlib.decompress(body))
        except zlib.error as exc:
            raise FormatError(f"corrupt body: {exc}") from exc
    if zlib.crc32(body) != crc:
        raise FormatError(f"crc mismatch: {zlib.crc32(body):08x} != {crc:08x}")
    out, pos = [], 0
    for _ in range(count):
        ts, sensor, value, n = RECORD.unpack_from(body, pos)
        pos += RECORD.size
        name = bytes(body[pos:pos + n]).decode("utf-8")
        pos += n
        out.append((ts, sensor, round(value, 3), name))
    if pos != len(body):
        raise FormatError(f"{len(body) - pos} trailing bytes")
    return out


def hexdump(data, width=16):
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexes = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{off:08x}  {hexes:<{width * 3 - 1}}  |{text}|")
    return "\n".join(lines)


def main():
    readings = [(1700000000 + 60 * i, (i % 3) - 1, 20.0 + 2.5 * math.sin(i), f"room-{i % 3}")
                for i in range(6)]
    readings.append((1700009999, 7, -40.125, "Kühlraum ❄"))
    plain = encode(readings, compress=False)
    packed = encode(readings)
    print("sizes:", HEADER.size, RECORD.size, len(plain), len(packed) < len(plain))
    print(hexdump(plain[:48]))
    print("header b64:", base64.b64encode(plain[:HEADER.size]).decode())
    print("sha256:", hashlib.sha256(plain).hexdigest()[:16], "crc:", f"{zlib.crc32(plain):08x}",
          "adler:", zlib.adler32(plain))

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "readings.snsr")
        with open(path, "wb") as fh:
            fh.write(packed)
        with open(path, "rb") as fh:
            data = fh.read()
        back = decode(data)
    for rec in back:
        print("  ", rec)
    print("roundtrip:", back == [(t, s, round(struct.unpack("<f", struct.pack("<f", v))[0], 3), n)
                                  for t, s, v, n in readings])

    damaged = bytearray(plain)
    damaged[HEADER.size + 5] ^= 0xFF
    cases = {
        "truncated": plain[:5],
        "magic": b"XXXX" + plain[4:],
        "version": plain[:4] + b"\x02" + plain[5:],
        "crc": bytes(damaged),
        "zlib": packed[:HEADER.size] + b"not zlib at all",
        "trailing": HEADER.pack(MAGIC, 1, 0, 0, zlib.crc32(b"\x00\x00")) + b"\x00\x00",
    }
    for label, blob in cases.items():
        try:
            decode(blob)
            print(label, "decoded?!")
        except FormatError as exc:
            print(f"{label}: {exc}" + (f" [{type(exc.__cause__).__name__}]" if exc.__cause__ else ""))
    try:
        encode([(0, 0, 0.0, "x" * 300)])
    except FormatError as exc:
        print("FormatError:", exc)
    try:
        RECORD.pack(-1, 0, 0.0, 0)
    except struct.error as exc:
        print("struct.error:", exc)

    temps = [r[2] for r in back]
    packed_temps = struct.pack(f">{len(temps)}d", *temps)
    print(len(packed_temps), [round(x, 1) for (x,) in struct.iter_unpack(">d", packed_temps)])
    buf = io.BytesIO()
    for t in temps:
        buf.write(struct.pack("<e", t))
    print(buf.getvalue().hex(" ", 2), binascii.hexlify(b"\x01\xff", "-"))
    print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(3, "big"), bytes.fromhex("de ad be ef"))
    mv = memoryview(bytearray(b"abcdef"))
    mv[1:3] = b"XY"
    print(mv.tobytes(), mv[::2].tobytes(), mv.cast("H").tolist()[:2], bytes(mv[-2:]))


if __name__ == "__main__":
    main()
