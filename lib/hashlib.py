"""Secure hashes and message digests (md5, sha1, sha2, sha3, shake, blake2).

Baton's hashlib: the hash objects are native (`_hashlib` and `_blake2`,
written in Rust over the RustCrypto crates). Updates of 2048 bytes or more
run with the GIL released, so threads hashing large buffers run in parallel.

    >>> import hashlib
    >>> hashlib.sha256(b"abc").hexdigest()[:16]
    'ba7816bf8f01cfea'
"""

import _hashlib
import _blake2

__always_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                      'blake2b', 'blake2s',
                      'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                      'shake_128', 'shake_256')

algorithms_guaranteed = set(__always_supported)
algorithms_available = algorithms_guaranteed.union(_hashlib.openssl_md_meth_names)

__all__ = __always_supported + ('new', 'algorithms_guaranteed',
                                'algorithms_available', 'pbkdf2_hmac',
                                'file_digest')

md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512
sha3_224 = _hashlib.openssl_sha3_224
sha3_256 = _hashlib.openssl_sha3_256
sha3_384 = _hashlib.openssl_sha3_384
sha3_512 = _hashlib.openssl_sha3_512
shake_128 = _hashlib.openssl_shake_128
shake_256 = _hashlib.openssl_shake_256
blake2b = _blake2.blake2b
blake2s = _blake2.blake2s

pbkdf2_hmac = _hashlib.pbkdf2_hmac


def __hash_new(name, data=b'', **kwargs):
    """A hash object of the algorithm called *name*, fed with *data*."""
    if name in {'blake2b', 'blake2s'}:
        return getattr(_blake2, name)(data, **kwargs)
    return _hashlib.new(name, data, **kwargs)


new = __hash_new


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """The hash object of everything *fileobj* (a binary file open for
    reading, or a BytesIO) holds; *digest* is an algorithm name or a
    callable making a hash object."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()

    if hasattr(fileobj, "getbuffer"):
        digestobj.update(fileobj.getbuffer())
        return digestobj

    if not (hasattr(fileobj, "readable") and fileobj.readable()
            and (hasattr(fileobj, "readinto") or hasattr(fileobj, "read"))):
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode."
        )

    if hasattr(fileobj, "readinto"):
        buf = bytearray(_bufsize)
        while True:
            size = fileobj.readinto(buf)
            if size == 0:
                break
            digestobj.update(buf if size == _bufsize else buf[:size])
    else:
        while True:
            chunk = fileobj.read(_bufsize)
            if not chunk:
                break
            digestobj.update(chunk)
    return digestobj


del __always_supported
