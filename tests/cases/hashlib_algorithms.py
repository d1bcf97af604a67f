# Every guaranteed algorithm: digests of a few inputs, attributes, new().
import hashlib

INPUTS = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 3]

for name in sorted(hashlib.algorithms_guaranteed):
    print(name)
    ctor = getattr(hashlib, name)
    for data in INPUTS:
        h = ctor(data)
        if name.startswith("shake"):
            print("  ", h.hexdigest(20), h.digest(5))
        else:
            print("  ", h.hexdigest())
            assert h.digest().hex() == h.hexdigest()
    h = hashlib.new(name)
    print("   name:", h.name, "digest_size:", h.digest_size, "block_size:", h.block_size)
    # incremental == one-shot
    h.update(b"The quick brown fox ")
    h.update(bytearray(b"jumps over the lazy dog"))
    one = ctor(b"The quick brown fox jumps over the lazy dog")
    if name.startswith("shake"):
        print("   incremental:", h.hexdigest(16) == one.hexdigest(16))
    else:
        print("   incremental:", h.digest() == one.digest())

print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(type(hashlib.algorithms_guaranteed).__name__)

# new() with data, and the keyword spelled 'string' on the constructors.
print(hashlib.new("sha256", b"abc").hexdigest())
print(hashlib.new("md5", data=b"abc").hexdigest())
print(hashlib.sha1(string=b"abc").hexdigest())
print(hashlib.new("blake2b", b"abc", digest_size=16).hexdigest())
print(hashlib.new("SHA256", b"abc").name)
print(hashlib.sha256(usedforsecurity=False).name)

# copy() forks the state.
a = hashlib.sha256(b"prefix-")
b = a.copy()
a.update(b"one")
b.update(b"two")
print(a.hexdigest())
print(b.hexdigest())
print(hashlib.sha256(b"prefix-one").hexdigest() == a.hexdigest())
x = hashlib.shake_256(b"abc")
y = x.copy()
y.update(b"def")
print(x.hexdigest(8), y.hexdigest(8), hashlib.shake_256(b"abcdef").hexdigest(8))
print(len(hashlib.shake_128(b"").digest(1000)), hashlib.shake_128(b"").digest(0))

# digest() does not finalise: more updates may follow.
h = hashlib.md5(b"a")
d1 = h.hexdigest()
h.update(b"b")
print(d1, h.hexdigest(), hashlib.md5(b"ab").hexdigest())

# types
print(type(hashlib.sha256()).__name__, type(hashlib.shake_128()).__name__)
print(hashlib.blake2b.__name__, hashlib.blake2s.__name__)
print(isinstance(hashlib.shake_128(), type(hashlib.md5())))
print(repr(hashlib.md5()).startswith("<md5 _hashlib.HASH object @ 0x"))
print(repr(hashlib.shake_128()).startswith("<shake_128 _hashlib.HASHXOF object @ 0x"))

# pbkdf2_hmac
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, 30).hex())
print(hashlib.pbkdf2_hmac("sha512", b"pw" * 100, b"NaCl", 3, dklen=10).hex())
print(sorted(k for k in vars(type(hashlib.md5())) if k in ("update", "digest", "copy")))
# any buffer: bytes, bytearray, memoryview (and slices of one)
mv = memoryview(b"xxabcxx")
print(hashlib.sha256(mv[2:5]).hexdigest() == hashlib.sha256(b"abc").hexdigest())
h = hashlib.md5()
h.update(memoryview(bytearray(b"abc")))
print(h.hexdigest() == hashlib.md5(b"abc").hexdigest())
