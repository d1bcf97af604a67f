# compressobj/decompressobj: streaming, flush modes, max_length,
# unconsumed_tail, unused_data, eof, copy, zdict.
import zlib

text = b"".join(b"record %05d|%s\n" % (i, b"xyz" * (i % 7)) for i in range(2000))

# Streaming compression in pieces gives the same bytes as CPython.
co = zlib.compressobj(level=7)
parts = [co.compress(text[i:i + 1500]) for i in range(0, len(text), 1500)]
parts.append(co.flush())
stream = b"".join(parts)
print(len(stream), zlib.crc32(stream), [len(p) for p in parts][:8])
print(zlib.decompress(stream) == text)

# Flush modes in the middle of a stream
co = zlib.compressobj()
out = [co.compress(b"first part "), co.flush(zlib.Z_SYNC_FLUSH),
       co.compress(b"second part "), co.flush(zlib.Z_FULL_FLUSH),
       co.compress(b"third"), co.flush(zlib.Z_NO_FLUSH), co.flush(zlib.Z_PARTIAL_FLUSH),
       co.compress(b"!"), co.flush(zlib.Z_BLOCK), co.flush()]
print(out)
print(zlib.decompress(b"".join(out)))

# copy() forks a compressor
co = zlib.compressobj(9)
head = co.compress(b"common prefix " * 20)
fork = co.copy()
a = head + co.compress(b"branch A") + co.flush()
b = head + fork.compress(b"branch B") + fork.flush()
print(zlib.decompress(a)[-8:], zlib.decompress(b)[-8:], len(a), len(b))

# Decompressing in small input pieces
do = zlib.decompressobj()
got = []
for i in range(0, len(stream), 97):
    got.append(do.decompress(stream[i:i + 97]))
got.append(do.flush())
print(b"".join(got) == text, do.eof, do.unused_data, do.unconsumed_tail)

# max_length: output in bounded pieces, the rest kept in unconsumed_tail
do = zlib.decompressobj()
chunks = []
data = stream
while not do.eof:
    piece = do.decompress(data, 1000)
    chunks.append(len(piece))
    data = do.unconsumed_tail
    if not piece and not data:
        break
print(len(chunks), chunks[:5], sum(chunks) == len(text), do.eof)

do = zlib.decompressobj()
first = do.decompress(stream, 10)
print(first, len(do.unconsumed_tail) > 0, do.eof)
rest = do.flush()
print(len(first) + len(rest) == len(text), do.eof, do.unconsumed_tail)

# unused_data after the end of the stream
do = zlib.decompressobj()
print(do.decompress(zlib.compress(b"payload") + b"TRAILER"), do.unused_data, do.eof)
print(do.decompress(b"more"), do.unused_data)

# Stream split right at the end
c = zlib.compress(b"abcdefgh" * 100)
do = zlib.decompressobj()
r = do.decompress(c[:-3])
print(len(r), do.eof)
r += do.decompress(c[-3:])
print(len(r), do.eof, do.unused_data)

# copy() forks a decompressor
do = zlib.decompressobj()
half = do.decompress(stream[:len(stream) // 2])
twin = do.copy()
rest1 = do.decompress(stream[len(stream) // 2:])
rest2 = twin.decompress(stream[len(stream) // 2:])
print(rest1 == rest2, half + rest1 == text, twin.eof)

# raw and gzip streams
for wbits in (-15, 31):
    co = zlib.compressobj(6, zlib.DEFLATED, wbits)
    s = co.compress(text) + co.flush()
    do = zlib.decompressobj(wbits)
    print(wbits, len(s), do.decompress(s) == text, do.eof)
do = zlib.decompressobj(47)
print(do.decompress(zlib.compress(b"auto", wbits=31)))

# zdict
zd = b"record |xyzxyzxyz\n"
co = zlib.compressobj(zdict=zd)
s = co.compress(text[:500]) + co.flush()
print(len(s), s[:6].hex())
do = zlib.decompressobj(zdict=zd)
print(do.decompress(s) == text[:500])
try:
    zlib.decompress(s)
except zlib.error as e:
    print("error:", e)
do = zlib.decompressobj()
try:
    do.decompress(s)
except zlib.error as e:
    print("error:", e)
co = zlib.compressobj(wbits=-15, zdict=zd)
s = co.compress(b"record |xyz") + co.flush()
print(zlib.decompressobj(-15, zdict=zd).decompress(s))

# after flush(): the objects are finished
co = zlib.compressobj()
co.compress(b"x")
co.flush()
for f in (lambda: co.compress(b"y"), lambda: co.flush(), co.copy):
    try:
        f()
    except (zlib.error, ValueError) as e:
        print(type(e).__name__, e)
print(co.flush(zlib.Z_NO_FLUSH))
do = zlib.decompressobj()
do.decompress(zlib.compress(b"x"))
print(do.flush(), do.eof)
for f in (lambda: do.decompress(b"y"), do.copy):
    try:
        f()
    except (zlib.error, ValueError) as e:
        print(type(e).__name__, e)
print(do.flush())
