"""A small pure-Python SHA-512 (FIPS 180-4), used by random.seed() until a
native hashlib exists.  Only what random needs: sha512(data).digest()."""

_MASK = 0xFFFFFFFFFFFFFFFF

# The round constants are the first 64 bits of the fractional parts of the
# cube roots of the first eighty primes; the initial hash value the same for
# the square roots of the first eight.  Both are computed (exactly, with
# integer roots) the first time a hash is made.
_K = None
_H0 = None


def _primes(count):
    found = []
    n = 2
    while len(found) < count:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
        n += 1
    return found


def _iroot(x, k):
    # floor(x ** (1/k)) for a non-negative int x, by Newton's method
    if x < 2:
        return x
    r = 1 << ((x.bit_length() + k - 1) // k)
    while True:
        s = ((k - 1) * r + x // r ** (k - 1)) // k
        if s >= r:
            return r
        r = s


def _frac_bits(p, k):
    # the first 64 bits of the fractional part of p ** (1/k)
    return _iroot(p << (64 * k), k) & _MASK


def _setup():
    global _K, _H0
    primes = _primes(80)
    _K = [_frac_bits(p, 3) for p in primes]
    _H0 = [_frac_bits(p, 2) for p in primes[:8]]


def _rotr(x, n):
    return ((x >> n) | (x << (64 - n))) & _MASK


def _compress(h, block):
    w = [int.from_bytes(block[i:i + 8], 'big') for i in range(0, 128, 8)]
    for t in range(16, 80):
        a = w[t - 15]
        b = w[t - 2]
        s0 = _rotr(a, 1) ^ _rotr(a, 8) ^ (a >> 7)
        s1 = _rotr(b, 19) ^ _rotr(b, 61) ^ (b >> 6)
        w.append((w[t - 16] + s0 + w[t - 7] + s1) & _MASK)
    a, b, c, d, e, f, g, hh = h
    k = _K
    for t in range(80):
        big_s1 = _rotr(e, 14) ^ _rotr(e, 18) ^ _rotr(e, 41)
        choose = (e & f) ^ (~e & g)
        t1 = (hh + big_s1 + choose + k[t] + w[t]) & _MASK
        big_s0 = _rotr(a, 28) ^ _rotr(a, 34) ^ _rotr(a, 39)
        majority = (a & b) ^ (a & c) ^ (b & c)
        t2 = big_s0 + majority
        hh = g
        g = f
        f = e
        e = (d + t1) & _MASK
        d = c
        c = b
        b = a
        a = (t1 + t2) & _MASK
    return [(x + y) & _MASK for x, y in zip(h, (a, b, c, d, e, f, g, hh))]


class sha512:
    name = 'sha512'
    digest_size = 64
    block_size = 128

    def __init__(self, data=b''):
        if _K is None:
            _setup()
        self._h = list(_H0)
        self._buffer = b''
        self._length = 0
        if data:
            self.update(data)

    def update(self, data):
        if isinstance(data, str):
            raise TypeError('Strings must be encoded before hashing')
        data = bytes(data)
        self._length += len(data)
        buf = self._buffer + data
        full = len(buf) - len(buf) % 128
        h = self._h
        for start in range(0, full, 128):
            h = _compress(h, buf[start:start + 128])
        self._h = h
        self._buffer = buf[full:]

    def copy(self):
        other = sha512.__new__(sha512)
        other._h = list(self._h)
        other._buffer = self._buffer
        other._length = self._length
        return other

    def digest(self):
        buf = self._buffer
        bits = self._length * 8
        pad = b'\x80' + b'\x00' * ((111 - len(buf)) % 128)
        tail = buf + pad + (bits & ((1 << 128) - 1)).to_bytes(16, 'big')
        h = self._h
        for start in range(0, len(tail), 128):
            h = _compress(h, tail[start:start + 128])
        return b''.join(x.to_bytes(8, 'big') for x in h)

    def hexdigest(self):
        return self.digest().hex()
