# Big inputs (hashed with the GIL released), bytearrays, and threads
# hashing at the same time, also into one shared object.
import _thread
import hashlib

big = bytes(range(256)) * 40000          # 10 MB
print(hashlib.sha256(big).hexdigest())
print(hashlib.md5(big).hexdigest())
print(hashlib.sha3_256(big).hexdigest())
print(hashlib.blake2b(big, digest_size=32).hexdigest())
print(hashlib.shake_128(big).hexdigest(16))
ba = bytearray(big)
print(hashlib.sha1(ba).hexdigest() == hashlib.sha1(big).hexdigest())

# Sizes around the 2048-byte threshold give the same results.
for n in (2047, 2048, 2049, 4096):
    h = hashlib.sha512()
    h.update(b"q" * n)
    print(n, h.hexdigest()[:24], hashlib.sha512(b"q" * n).hexdigest()[:24])

results = {}
done = _thread.allocate_lock()
count_lock = _thread.allocate_lock()
pending = [4]
done.acquire()


def worker(name):
    h = hashlib.new(name)
    for i in range(20):
        h.update(big[i * 1000:i * 1000 + 300000])
    with count_lock:
        results[name] = h.hexdigest()
        pending[0] -= 1
        if pending[0] == 0:
            done.release()


for name in ("sha256", "sha512", "blake2s", "sha3_512"):
    _thread.start_new_thread(worker, (name,))
done.acquire()
for name in sorted(results):
    h = hashlib.new(name)
    for i in range(20):
        h.update(big[i * 1000:i * 1000 + 300000])
    print(name, results[name] == h.hexdigest(), results[name][:16])

# Several threads updating one object: every update lands.
shared = hashlib.sha256()
chunk = b"z" * 100000
pending = [3]
done.acquire(False)


def feeder():
    for _ in range(10):
        shared.update(chunk)
    with count_lock:
        pending[0] -= 1
        if pending[0] == 0:
            done.release()


for _ in range(3):
    _thread.start_new_thread(feeder, ())
done.acquire()
print(shared.hexdigest() == hashlib.sha256(chunk * 30).hexdigest())

with open("/tmp/baton_hashlib_threads.bin", "wb") as f:
    f.write(big[:100000])
with open("/tmp/baton_hashlib_threads.bin", "rb") as f:
    print(hashlib.file_digest(f, "sha256").hexdigest() == hashlib.sha256(big[:100000]).hexdigest())
with open("/tmp/baton_hashlib_threads.bin", "rb") as f:
    print(hashlib.file_digest(f, hashlib.md5).hexdigest())
import os
os.remove("/tmp/baton_hashlib_threads.bin")
