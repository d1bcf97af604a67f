"""Random variable generators (Baton's pure-Python random module).

The core generator is the Mersenne Twister MT19937, seeded and consumed
exactly as CPython's _random module does, so the same seed gives the same
numbers as CPython 3.11.  The distributions on top use the same algorithms
as CPython's random.py (their results depend on the order of the draws).
"""

from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
from math import tau as TWOPI, floor as _floor, isfinite as _isfinite
from os import urandom as _urandom
from _collections_abc import Sequence as _Sequence
from operator import index as _index
from itertools import accumulate as _accumulate, repeat as _repeat
from bisect import bisect as _bisect
import os as _os

__all__ = [
    "Random",
    "SystemRandom",
    "betavariate",
    "choice",
    "choices",
    "expovariate",
    "gammavariate",
    "gauss",
    "getrandbits",
    "getstate",
    "lognormvariate",
    "normalvariate",
    "paretovariate",
    "randbytes",
    "randint",
    "random",
    "randrange",
    "sample",
    "seed",
    "setstate",
    "shuffle",
    "triangular",
    "uniform",
    "vonmisesvariate",
    "weibullvariate",
]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53        # bits in a float's significand
RECIP_BPF = 2 ** -BPF
_ONE = 1


def _warn(message, category=None, stacklevel=1):
    import warnings
    warnings.warn(message, category, stacklevel + 1)


# ---------------------------------------------------------------------------
# MT19937 (Matsumoto & Nishimura), on lists of 32-bit ints.

_N = 624
_M = 397
_MASK32 = 0xFFFFFFFF
_UPPER = 0x80000000
_LOWER = 0x7FFFFFFF
_MATRIX_A = 0x9908B0DF


def _init_genrand(s):
    """The 624-word state seeded from one 32-bit value."""
    mt = [s]
    prev = s
    for i in range(1, _N):
        prev = (1812433253 * (prev ^ (prev >> 30)) + i) & _MASK32
        mt.append(prev)
    return mt


def _init_by_array(key):
    """The state seeded from a list of 32-bit words (the reference algorithm)."""
    mt = _init_genrand(19650218)
    nkey = len(key)
    i = 1
    j = 0
    for _ in range(max(_N, nkey)):
        p = mt[i - 1]
        mt[i] = ((mt[i] ^ ((p ^ (p >> 30)) * 1664525)) + key[j] + j) & _MASK32
        i += 1
        j += 1
        if i >= _N:
            mt[0] = mt[_N - 1]
            i = 1
        if j >= nkey:
            j = 0
    for _ in range(_N - 1):
        p = mt[i - 1]
        mt[i] = ((mt[i] ^ ((p ^ (p >> 30)) * 1566083941)) - i) & _MASK32
        i += 1
        if i >= _N:
            mt[0] = mt[_N - 1]
            i = 1
    mt[0] = _UPPER      # the most significant bit is 1: a non-zero state
    return mt


def _twist(mt):
    """Advance the state by one block of 624 words, in place.

    Word k becomes mt[k + 397] ^ twist(mt[k], mt[k + 1]), indexes taken
    modulo 624, where a word past the end is one already replaced; done
    in slices whose inputs are all ready.
    """
    upper = _UPPER
    lower = _LOWER
    mag = _MATRIX_A
    d = _N - _M                                   # 227
    # k in [0, 227): all inputs are old words
    mt[0:d] = [m ^ (((a & upper) | (b & lower)) >> 1) ^ ((b & 1) * mag)
               for a, b, m in zip(mt[0:d], mt[1:d + 1], mt[_M:_N])]
    # k in [227, 454): mt[k - 227] is new (from the first slice)
    mt[d:2 * d] = [m ^ (((a & upper) | (b & lower)) >> 1) ^ ((b & 1) * mag)
                   for a, b, m in zip(mt[d:2 * d], mt[d + 1:2 * d + 1], mt[0:d])]
    # k in [454, 623): mt[k - 227] is new (from the second slice)
    mt[2 * d:_N - 1] = [m ^ (((a & upper) | (b & lower)) >> 1) ^ ((b & 1) * mag)
                        for a, b, m in zip(mt[2 * d:_N - 1], mt[2 * d + 1:_N],
                                           mt[d:_N - 1 - d])]
    a = mt[_N - 1]
    b = mt[0]
    mt[_N - 1] = mt[_M - 1] ^ (((a & upper) | (b & lower)) >> 1) ^ ((b & 1) * mag)


def _temper_all(mt):
    """The outputs of the 624 words of the state."""
    out = [y ^ (y >> 11) for y in mt]
    out = [y ^ ((y << 7) & 0x9D2C5680) for y in out]
    out = [y ^ ((y << 15) & 0xEFC60000) for y in out]
    return [y ^ (y >> 18) for y in out]


def _int_to_key(n):
    """The absolute value of an int as little-endian 32-bit words."""
    n = abs(n)
    nwords = (n.bit_length() + 31) // 32 or 1
    raw = n.to_bytes(nwords * 4, 'little')
    return [int.from_bytes(raw[i:i + 4], 'little') for i in range(0, len(raw), 4)]


class Random:
    """A Mersenne Twister generator with its own state (the module-level
    functions share one hidden instance).

    Subclasses may override random(), seed(), getstate() and setstate();
    to draw from ranges larger than 2**53 they should also override
    getrandbits().
    """

    VERSION = 3     # used by getstate/setstate

    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls)
        # The state of a generator nobody seeded (as CPython: all zeros).
        self._mt = [0] * _N
        self._index = 0
        self._out = [0] * _N
        return self

    def __init__(self, x=None):
        """Seed the new generator from x, as seed(x) does."""
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        """Pick how a subclass makes random integers from what it overrides:
        getrandbits() (any range) or only random() (limited to 2**53)."""
        for klass in cls.__mro__:
            attrs = klass.__dict__
            if '_randbelow' in attrs:
                break
            if 'getrandbits' in attrs:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if 'random' in attrs:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    # -- seeding and state ------------------------------------------------

    def seed(self, a=None, version=2):
        """Reset the generator from the seed a.

        a may be None (take entropy from os.urandom), an int (every bit
        counts), a float (its hash), or a str/bytes/bytearray: with
        version=2 every byte counts (through SHA-512); version=1 is the
        old, narrower string hash, for old sequences.
        """
        if version == 1 and isinstance(a, (str, bytes)):
            # Python 2's string hash, as the old random module used it.
            text = a.decode('latin-1') if isinstance(a, bytes) else a
            x = (ord(text[0]) << 7) if text else 0
            for ch in text:
                x = ((1000003 * x) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
            x ^= len(text)
            a = -2 if x == -1 else x
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            from _sha512 import sha512
            if isinstance(a, str):
                a = a.encode()
            a = int.from_bytes(a + sha512(a).digest(), 'big')
        elif not isinstance(a, (type(None), int, float, str, bytes, bytearray)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        self._seed_core(a)
        self.gauss_next = None

    def _seed_core(self, a):
        if a is None:
            try:
                raw = _urandom(_N * 4)
            except Exception:
                import time
                raw = (time.time_ns() ^ (_os.getpid() << 64)).to_bytes(16, 'little')
            key = [int.from_bytes(raw[i:i + 4], 'little')
                   for i in range(0, len(raw), 4)]
        elif isinstance(a, int):
            key = _int_to_key(a)
        else:
            key = _int_to_key(hash(a) & 0xFFFFFFFFFFFFFFFF)
        self._mt = _init_by_array(key)
        self._index = _N

    def getstate(self):
        """The generator's state, a tuple for setstate()."""
        return self.VERSION, tuple(self._mt) + (self._index,), self.gauss_next

    def setstate(self, state):
        """Go back to a state that getstate() returned."""
        version = state[0]
        if version == 3:
            version, internalstate, self.gauss_next = state
            self._set_core_state(internalstate)
        elif version == 2:
            version, internalstate, self.gauss_next = state
            # Version 2 states were made of (possibly signed) longs.
            try:
                internalstate = tuple(x % (2 ** 32) for x in internalstate)
            except ValueError as e:
                raise TypeError from e
            self._set_core_state(internalstate)
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" %
                             (version, self.VERSION))

    def _set_core_state(self, state):
        if not isinstance(state, tuple):
            raise TypeError('state vector must be a tuple')
        if len(state) != _N + 1:
            raise ValueError('state vector is the wrong size')
        words = []
        for x in state[:_N]:
            if not isinstance(x, int):
                raise TypeError('an integer is required')
            if x < 0:
                raise OverflowError("can't convert negative value to unsigned int")
            if x >= 1 << 64:
                raise OverflowError('Python int too large to convert to C unsigned long')
            words.append(x & _MASK32)
        index = state[_N]
        if not isinstance(index, int):
            raise TypeError('an integer is required')
        if index < 0 or index > _N:
            raise ValueError('invalid state')
        self._mt = words
        self._index = index
        self._out = _temper_all(words)

    # For pickle and copy.
    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # -- the generator's raw output ----------------------------------------

    def _refill(self):
        mt = self._mt
        _twist(mt)
        self._out = _temper_all(mt)
        self._index = 0

    def _next_word(self):
        i = self._index
        if i >= _N:
            self._refill()
            i = 0
        self._index = i + 1
        return self._out[i]

    def random(self):
        """A float drawn uniformly from [0.0, 1.0), with 53 random bits."""
        i = self._index
        if i < _N - 1:
            out = self._out
            self._index = i + 2
            a = out[i] >> 5
            b = out[i + 1] >> 6
        else:
            a = self._next_word() >> 5
            b = self._next_word() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        """A non-negative int of k random bits."""
        k = _index(k)
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        if k == 0:
            return 0
        if k <= 32:
            return self._next_word() >> (32 - k)
        # Least significant word first; the last (most significant) word
        # keeps only its top bits.
        nwords = (k - 1) // 32 + 1
        words = []
        while len(words) < nwords:
            i = self._index
            if i >= _N:
                self._refill()
                i = 0
            take = min(nwords - len(words), _N - i)
            words.extend(self._out[i:i + take])
            self._index = i + take
        extra = nwords * 32 - k
        if extra:
            words[-1] >>= extra
        raw = b''.join([w.to_bytes(4, 'little') for w in words])
        return int.from_bytes(raw, 'little')

    def randbytes(self, n):
        """A bytes object of n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    # -- integers ----------------------------------------------------------

    def _randbelow_with_getrandbits(self, n):
        """A random int in range(n), for n > 0: retry k-bit draws until one fits."""
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """A random int in range(n), for n > 0, made from random() alone."""
        random = self.random
        if n >= maxsize:
            _warn("Underlying random() generator does not supply \n"
                  "enough bits to choose from a population range this large.\n"
                  "To remove the range limitation, add a getrandbits() method.")
            return _floor(random() * n)
        # Reject draws in the top partial group so every residue is equally
        # likely.
        limit = (maxsize - maxsize % n) / maxsize
        r = random()
        while r >= limit:
            r = random()
        return _floor(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    @staticmethod
    def _as_range_arg(value, what):
        try:
            return _index(value)
        except TypeError:
            as_int = int(value)
            if as_int != value:
                _warn('randrange() will raise TypeError in the future',
                      DeprecationWarning, 3)
                raise ValueError('non-integer %s for randrange()' % what)
            _warn('non-integer arguments to randrange() have been deprecated '
                  'since Python 3.10 and will be removed in a subsequent '
                  'version', DeprecationWarning, 3)
            return as_int

    def randrange(self, start, stop=None, step=_ONE):
        """A random member of range(start, stop, step) (or of range(start)
        when stop is None), without building the range."""
        istart = self._as_range_arg(start, 'arg 1')
        if stop is None:
            if step is not _ONE:
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError('empty range for randrange()')
        istop = self._as_range_arg(stop, 'stop')
        width = istop - istart
        istep = self._as_range_arg(step, 'step')
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError('empty range for randrange() (%d, %d, %d)'
                             % (istart, istop, width))
        if istep > 0:
            count = (width + istep - 1) // istep
        elif istep < 0:
            count = (width + istep + 1) // istep
        else:
            raise ValueError('zero step for randrange()')
        if count <= 0:
            raise ValueError('empty range for randrange()')
        return istart + istep * self._randbelow(count)

    def randint(self, a, b):
        """A random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    # -- sequences ---------------------------------------------------------

    def choice(self, seq):
        """A random item of the non-empty sequence seq."""
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Put the items of the mutable sequence x in random order, in place."""
        randbelow = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """A list of k items picked from the sequence population without
        replacement (each position at most once); counts=[...] repeats the
        items, as if population listed each that many times."""
        if not isinstance(population, _Sequence):
            raise TypeError('Population must be a sequence.  '
                            'For dicts or sets, use sorted(d).')
        n = len(population)
        if counts is not None:
            cum_counts = list(_accumulate(counts))
            if len(cum_counts) != n:
                raise ValueError('The number of counts does not match the population')
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            picks = self.sample(range(total), k=k)
            return [population[_bisect(cum_counts, s)] for s in picks]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError('Sample larger than population or is negative')
        result = [None] * k
        # Either draw from a shrinking copy of the population, or draw
        # indexes and reject repeats with a set: whichever needs less memory.
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            seen = set()
            for i in range(k):
                j = randbelow(n)
                while j in seen:
                    j = randbelow(n)
                seen.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """A list of k items picked from population with replacement, all
        equally likely or following weights / cum_weights."""
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                size = n + 0.0
                return [population[_floor(random() * size)]
                        for _ in _repeat(None, k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError('The number of choices must be a keyword '
                                f'argument: {k=}') from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        hi = n - 1
        return [population[_bisect(cum_weights, random() * total, 0, hi)]
                for _ in _repeat(None, k)]

    # -- real-valued distributions -----------------------------------------

    def uniform(self, a, b):
        """A float between a and b (b itself possible through rounding)."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] with the given mode
        (default: the midpoint)."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's ratio method).

        mu is the mean, and sigma is the standard deviation.
        """
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution (Box-Muller; makes two values at a time
        and keeps the second for the next call).  Not thread-safe."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution: its log is normal with mean mu and
        standard deviation sigma."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution.

        lambd is 1.0 divided by the desired mean.
        """
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Circular data distribution (Best and Fisher's algorithm).

        mu is the mean angle, in radians, kappa the concentration.
        """
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            z = _cos(_pi * random())
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if random() > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution (not the gamma function); alpha > 0, beta > 0."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            # Cheng's rejection algorithm GB.
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            return -_log(1.0 - random()) * beta
        # alpha < 1: Ahrens and Dieter's algorithm GS.
        while True:
            u = random()
            b = (_e + alpha) / _e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((b - p) / alpha)
            u1 = random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= _exp(-x):
                break
        return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution; alpha > 0, beta > 0.  Values lie in [0, 1]."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution.  alpha is the shape parameter."""
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution: alpha is the scale, beta the shape."""
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)


class SystemRandom(Random):
    """Random numbers from os.urandom(); no state, so not reproducible."""

    def random(self):
        """A float from [0.0, 1.0) made of 53 bits from os.urandom()."""
        return (int.from_bytes(_urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """A non-negative int of k bits from os.urandom()."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = (k + 7) // 8
        x = int.from_bytes(_urandom(nbytes), 'big')
        return x >> (nbytes * 8 - k)

    def randbytes(self, n):
        """os.urandom(n)"""
        return _urandom(n)

    def seed(self, *args, **kwds):
        """Does nothing: the OS source cannot be seeded."""
        return None

    def _notimplemented(self, *args, **kwds):
        """Not available: the OS source has no state to save or restore."""
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


# One shared instance, seeded from the OS; the module-level functions are
# its bound methods.
_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes

if hasattr(_os, 'register_at_fork'):
    _os.register_at_fork(after_in_child=_inst.seed)
