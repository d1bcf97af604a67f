# Large inputs (compressed with the GIL released) from several threads.
import _thread
import zlib

blocks = [bytes((i * j) % 256 for i in range(50000)) * 4 for j in range(1, 5)]
expected = [zlib.compress(b, 6) for b in blocks]
results = [None] * 4
lock = _thread.allocate_lock()
done = _thread.allocate_lock()
done.acquire()
left = [4]


def work(k):
    c = zlib.compress(blocks[k], 6)
    co = zlib.compressobj(6)
    s = co.compress(blocks[k]) + co.flush()
    d = zlib.decompress(c)
    do = zlib.decompressobj()
    d2 = do.decompress(s, 100000) + do.flush()
    with lock:
        results[k] = (c == expected[k], s == c, d == blocks[k], d2 == blocks[k], zlib.crc32(blocks[k]))
        left[0] -= 1
        if left[0] == 0:
            done.release()


for k in range(4):
    _thread.start_new_thread(work, (k,))
done.acquire()
for r in results:
    print(r)
print([len(e) for e in expected])
