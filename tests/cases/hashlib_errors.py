# hashlib's errors, with CPython's messages.
import hashlib


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok", r)


attempt(lambda: hashlib.new("foo"))
attempt(lambda: hashlib.new("sha257", b"x"))
attempt(lambda: hashlib.new(1))
attempt(lambda: hashlib.new("md5", "text"))
attempt(lambda: hashlib.sha256("text"))
attempt(lambda: hashlib.sha256(1))
attempt(lambda: hashlib.sha256(None))
attempt(lambda: hashlib.sha256([1, 2]))
attempt(lambda: hashlib.sha256(b"a", b"b"))
attempt(lambda: hashlib.sha256(data=b"a"))
attempt(lambda: hashlib.md5().update("x"))
attempt(lambda: hashlib.md5().update())
attempt(lambda: hashlib.md5().update(b"a", b"b"))
attempt(lambda: hashlib.md5().update(5))
attempt(lambda: hashlib.md5().digest(1))
attempt(lambda: hashlib.sha1().hexdigest(1))
attempt(lambda: hashlib.blake2b().update())
attempt(lambda: hashlib.blake2s().digest(1))
attempt(lambda: hashlib.shake_128(b"x").hexdigest())
attempt(lambda: hashlib.shake_128(b"x").digest())
attempt(lambda: hashlib.shake_128(b"x").hexdigest("3"))
attempt(lambda: hashlib.shake_256(b"x").hexdigest(length=4))
attempt(lambda: hashlib.new("sha256", b"x", digest_size=10))
attempt(lambda: type(hashlib.sha256())())
attempt(lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 0))
attempt(lambda: hashlib.pbkdf2_hmac("nope", b"p", b"s", 1))
attempt(lambda: hashlib.pbkdf2_hmac("sha256", "p", b"s", 1))
attempt(lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 1, 0))
attempt(lambda: hashlib.file_digest(42, "sha256"))
