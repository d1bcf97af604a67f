# zlib's compressed bytes equal CPython's for every level, wbits, memLevel
# and strategy; round trips; crc32 and adler32.
import zlib

text = b"".join(b"line %d: the quick brown fox jumps over the lazy dog\n" % i for i in range(300))
noise = bytes((i * 7919 + (i >> 3) * 31) % 251 for i in range(20000))
samples = [b"", b"a", b"abc" * 5, text, noise, bytes(70000)]

for data in samples:
    for level in (-1, 0, 1, 5, 9):
        c = zlib.compress(data, level)
        assert zlib.decompress(c) == data
        print(len(data), level, len(c), zlib.crc32(c), c[:12].hex())

for wbits in (9, 12, 15, -9, -15, 25, 31):
    c = zlib.compress(text, 6, wbits)
    print("wbits", wbits, len(c), zlib.crc32(c), c[:4].hex())
    back = zlib.decompress(c, wbits if wbits > 0 else wbits)
    assert back == text
    if wbits > 0:
        assert zlib.decompress(c, 47 if wbits > 16 else wbits) == text
print(zlib.decompress(zlib.compress(text, wbits=31), 47) == text)
print(zlib.decompress(zlib.compress(text, wbits=15), 32 + 15) == text)

print(zlib.compress(b"hello world"))
print(zlib.compress(b"hello world", level=9, wbits=-15))
print(zlib.compress(b"hello world", wbits=31)[10:])
print(zlib.compress(bytearray(b"from a bytearray")))

for strategy in (zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED):
    for mem in (1, 8, 9):
        co = zlib.compressobj(6, zlib.DEFLATED, 15, mem, strategy)
        out = co.compress(text) + co.flush()
        print("strategy", strategy, "memLevel", mem, len(out), zlib.adler32(out))
        assert zlib.decompress(out) == text

# checksums
for data in samples:
    print(zlib.crc32(data), zlib.adler32(data))
print(zlib.crc32(b"hello", 12345), zlib.adler32(b"hello", 12345))
print(zlib.crc32(b"abc", -1), zlib.adler32(b"abc", 2**40 + 5))
running = 0
for i in range(0, len(text), 1000):
    running = zlib.crc32(text[i:i + 1000], running)
print(running == zlib.crc32(text))
a = 1
for i in range(0, len(noise), 333):
    a = zlib.adler32(noise[i:i + 333], a)
print(a == zlib.adler32(noise))

# bufsize only changes how the output grows
for bufsize in (0, 1, 7, 100000):
    print(zlib.decompress(zlib.compress(text), bufsize=bufsize) == text)
# trailing bytes after the stream are ignored by decompress()
print(zlib.decompress(zlib.compress(b"data") + b"garbage"))

print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE)
print(zlib.Z_NO_COMPRESSION, zlib.Z_BEST_SPEED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION)
print(zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_DEFAULT_STRATEGY)
print(zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH, zlib.Z_BLOCK, zlib.Z_TREES)
print(zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION, zlib.ZLIB_VERSION.count("."))
print(zlib.compress(memoryview(text)[:100]) == zlib.compress(text[:100]))
print(zlib.crc32(memoryview(b"abc")), zlib.decompress(memoryview(zlib.compress(b"mv"))))
