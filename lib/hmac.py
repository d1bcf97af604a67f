"""HMAC (Keyed-Hashing for Message Authentication), RFC 2104, over hashlib.

    >>> import hmac
    >>> hmac.new(b"key", b"message", "sha256").hexdigest()[:16]
    '6e9ef29b75fffc5b'
"""

import hashlib as _hashlib
from _hashlib import compare_digest
import _hashlib as _native

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# Kept for compatibility: the size depends on the hash (see HMAC.digest_size).
digest_size = None

__all__ = ["HMAC", "new", "digest", "compare_digest", "digest_size"]


def _constructor(digestmod):
    """A callable making a new hash object from optional data."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


class HMAC:
    """A keyed hash (RFC 2104) with the hash objects' interface: update(),
    digest(), hexdigest(), copy(), name, digest_size, block_size."""
    blocksize = 64  # 512-bit HMAC; can be changed in subclasses.

    __slots__ = (
        "_digest_cons", "_inner", "_outer", "block_size", "digest_size"
    )

    def __init__(self, key, msg=None, digestmod=''):
        """*key* (bytes) keys the hash named or made by *digestmod* (a name
        for hashlib.new(), a constructor, or a module with new()); *msg*, if
        given, is hashed first."""
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")

        self._digest_cons = _constructor(digestmod)
        self._outer = self._digest_cons()
        self._inner = self._digest_cons()
        self.digest_size = self._inner.digest_size

        if hasattr(self._inner, 'block_size'):
            blocksize = self._inner.block_size
            if blocksize < 16:
                blocksize = self.blocksize
        else:
            blocksize = self.blocksize

        if len(key) > blocksize:
            key = self._digest_cons(key).digest()

        self.block_size = blocksize
        key = bytes(key).ljust(blocksize, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Hash more data."""
        self._inner.update(msg)

    def copy(self):
        """An independent HMAC object in the same state."""
        other = self.__class__.__new__(self.__class__)
        other._digest_cons = self._digest_cons
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        """The outer hash over the inner digest so far."""
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """The MAC of what was hashed so far, as bytes (more updates may
        follow)."""
        return self._current().digest()

    def hexdigest(self):
        """The MAC as a string of hex digits."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """HMAC(key, msg, digestmod)."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The MAC of *msg* under *key* in one call (native for hash names)."""
    if isinstance(digest, str):
        try:
            return _native.hmac_digest(key, msg, digest)
        except _native.UnsupportedDigestmodError:
            pass
    return HMAC(key, msg, digest).digest()
