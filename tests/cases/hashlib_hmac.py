# hmac over hashlib: RFC 4231 vectors, names/sizes, copy, digest(), errors.
import hashlib
import hmac

# RFC 4231 test case 1 and 2
print(hmac.new(b"\x0b" * 20, b"Hi There", "sha256").hexdigest())
print(hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha512).hexdigest())
# a key longer than the block size is hashed first
print(hmac.new(b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First",
               "sha256").hexdigest())

for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s"):
    h = hmac.new(b"key", b"The quick brown fox", name)
    print(h.name, h.digest_size, h.block_size, h.hexdigest()[:32])
    assert hmac.digest(b"key", b"The quick brown fox", name) == h.digest()

h = hmac.new(b"key", digestmod=hashlib.sha1)
h.update(b"part 1, ")
c = h.copy()
h.update(b"part 2")
print(h.hexdigest() == hmac.new(b"key", b"part 1, part 2", "sha1").hexdigest())
print(c.hexdigest() == hmac.new(b"key", b"part 1, ", "sha1").hexdigest())
print(hmac.new(bytearray(b"k"), bytearray(b"m"), lambda d=b"": hashlib.md5(d)).hexdigest())
print(hmac.digest(b"k", b"m", hashlib.sha256).hex())
print(hmac.digest_size)

print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"),
      hmac.compare_digest("abc", "abc"), hmac.compare_digest(b"abc", b"ab"))
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 1, 20).hex())

for f in (lambda: hmac.new(b"key"), lambda: hmac.new("key", b"m", "sha1"),
          lambda: hmac.new(b"key", b"m", "nope"), lambda: hmac.compare_digest(b"a", "a"),
          lambda: hmac.compare_digest(1, 2), lambda: hmac.compare_digest("\u00e9", "\u00e9"),
          lambda: hmac.new(b"key", "text", "sha1")):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
