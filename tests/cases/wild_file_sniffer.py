"""sniff: guess what kind of file something is from its first bytes and first line.

Reads are bounded (readinto a fixed header buffer, readline with a size cap) so a
huge single-line file cannot blow up memory, as a real upload scanner must.
"""
import os
import tempfile

MAX_LINE = 24
SIGNATURES = [
    (b"\x89PNG\r\n\x1a\n", "png image"),
    (b"%PDF-", "pdf document"),
    (b"PK\x03\x04", "zip archive"),
    (b"\x1f\x8b", "gzip stream"),
    (b"#!", "script"),
]

SAMPLES = {
    "logo.png": b"\x89PNG\r\n\x1a\n" + bytes(range(16)),
    "report.pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
    "bundle.zip": b"PK\x03\x04\x14\x00\x00\x00",
    "run.sh": b"#!/bin/sh\necho hi\n",
    "data.csv": b"id,name,score\n1,ann,9.5\n2,bob,7\n",
    "minified.js": b"var a=1;" * 40 + b"\n",
    "notes.txt": "caf\u00e9 au lait\nsecond line\n".encode("utf-8"),
    "empty.bin": b"",
    "tiny": b"ab",
}


def sniff(path):
    header = bytearray(8)
    with open(path, "rb") as fh:
        n = fh.readinto(header)
        head = bytes(header[:n])
        for magic, kind in SIGNATURES:
            if head.startswith(magic):
                if kind == "script":
                    fh.seek(0)
                    shebang = fh.readline(MAX_LINE).rstrip(b"\n").decode("ascii", "replace")
                    return f"{kind} ({shebang[2:]})"
                return kind
        if n == 0:
            return "empty"
    with open(path, encoding="utf-8", errors="replace") as fh:
        first = fh.readline(MAX_LINE)
        truncated = not first.endswith("\n") and os.path.getsize(path) > len(first.encode())
        first = first.rstrip("\n")
        if "," in first and not truncated:
            return f"csv with columns {first.split(',')}"
        if truncated:
            return f"text, long first line ({first[:12]}...)"
        return f"text, first line {first!r}"


def main():
    with tempfile.TemporaryDirectory(prefix="sniff_") as d:
        for name, data in SAMPLES.items():
            with open(os.path.join(d, name), "wb") as fh:
                fh.write(data)
        width = max(map(len, SAMPLES))
        for name in sorted(os.listdir(d)):
            print(f"{name:<{width}}  {sniff(os.path.join(d, name))}")
        csv_path = os.path.join(d, "data.csv")
        with open(csv_path, encoding="utf-8") as fh:
            header = fh.readline()
            first_row_at = fh.tell()
            rows = fh.readlines()
            fh.seek(first_row_at)
            again = fh.readline()
        print("rows:", len(rows), "first row again:", again == rows[0], repr(again))
        with open(csv_path, "rb") as fh:
            print("chunks:", [fh.readline(5) for _ in range(4)])
        with open(os.path.join(d, "notes.txt"), encoding="utf-8") as fh:
            print("hinted:", fh.readlines(5), fh.read())


main()
