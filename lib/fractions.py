"""Fraction, rational numbers of arbitrary precision (Baton's pure-Python
fractions module, following CPython 3.11's behaviour)."""

import math
import numbers
import operator
import sys

__all__ = ['Fraction']

# The hash of a rational p/q is p * inverse(q) reduced modulo this prime,
# the same rule int and float hashes follow, so equal numbers hash equal.
_PyHASH_MODULUS = sys.hash_info.modulus
# The hash of +inf, used when q has no inverse (q is a multiple of the prime).
_PyHASH_INF = sys.hash_info.inf


def _decimal_type():
    module = sys.modules.get('decimal')
    return getattr(module, 'Decimal', None) if module is not None else None


# ---------------------------------------------------------------------------
# Parsing of strings like ' -3/4 ', '1.25e-3', '1_000', '.5'

def _digit_run(s, i):
    """End of the digits-with-single-underscores run starting at s[i]
    (i itself when there is no digit there)."""
    n = len(s)
    if i >= n or not s[i].isdecimal():
        return i
    while i < n and s[i].isdecimal():
        i += 1
    while i + 1 < n and s[i] == '_' and s[i + 1].isdecimal():
        i += 1
        while i < n and s[i].isdecimal():
            i += 1
    return i


def _exponent_end(s, i):
    """End of an exponent part 'e[+-]digits' at s[i], or i if none."""
    n = len(s)
    if i < n and s[i] in 'eE':
        j = i + 1
        if j < n and s[j] in '+-':
            j += 1
        k = _digit_run(s, j)
        if k > j:
            return k
    return i


def _parse_fraction(text):
    """The (numerator, denominator) that a Fraction string spells, or None
    when it is not well formed."""
    start = 0
    stop = len(text)
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    s = text[start:stop]
    n = len(s)
    i = 0
    negative = False
    if i < n and s[i] in '+-':
        negative = s[i] == '-'
        i += 1
    # a digit, or a point followed by a digit, must come next
    if not (i < n and (s[i].isdecimal() or
                       (s[i] == '.' and i + 1 < n and s[i + 1].isdecimal()))):
        return None
    num_end = _digit_run(s, i)
    num_text = s[i:num_end]
    numerator = int(num_text) if num_text else 0
    denominator = 1

    # form 1: numerator/denominator
    j = num_end
    if j < n and s[j] == '/':
        j += 1
        den_end = _digit_run(s, j)
        if den_end > j and den_end == n:
            denominator = int(s[j:den_end])
            return (-numerator if negative else numerator), denominator

    # form 2: [.fraction][e exponent]
    i = num_end
    fraction = ''
    if i < n and s[i] == '.':
        i += 1
        # CPython's pattern also accepts a run of letters d here (which
        # int() then rejects); keep that so the errors agree.
        k = i
        while k < n and s[k] in 'dD':
            k += 1
        if _exponent_end(s, k) == n:
            fraction = s[i:k]
            i = k
        else:
            k = _digit_run(s, i)
            if k == i:
                return None
            fraction = s[i:k]
            i = k
    exp_end = _exponent_end(s, i)
    if exp_end != n:
        return None
    if fraction:
        digits = fraction.replace('_', '')
        scale = 10 ** len(digits)
        numerator = numerator * scale + int(digits)
        denominator *= scale
    if exp_end > i:
        exponent = int(s[i + 1:exp_end])
        if exponent >= 0:
            numerator *= 10 ** exponent
        else:
            denominator *= 10 ** -exponent
    return (-numerator if negative else numerator), denominator


def _new_raw(numerator, denominator):
    """A Fraction of terms already in lowest form (denominator > 0)."""
    self = object.__new__(Fraction)
    self._numerator = numerator
    self._denominator = denominator
    return self


def _new_checked(numerator, denominator):
    """A Fraction of coprime terms whose denominator may be 0 (an error)."""
    if denominator == 0:
        raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
    return _new_raw(numerator, denominator)


class Fraction(numbers.Rational):
    """An exact rational number, kept in lowest terms.

    Fraction(8, 6) == Fraction(4, 3); Fraction() == 0.  Also accepts another
    Rational, a float (exactly), or a string such as '3/7', '-1.25' or
    '2e-3'.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        """Make a Fraction from one number or string, or from two Rationals."""
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            decimal = _decimal_type()
            if isinstance(numerator, float) or (
                    decimal is not None and isinstance(numerator, decimal)):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse_fraction(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                n, d = parsed
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int and type(denominator) is int:
            n, d = numerator, denominator
        elif (isinstance(numerator, numbers.Rational) and
              isinstance(denominator, numbers.Rational)):
            n = numerator.numerator * denominator.denominator
            d = denominator.numerator * numerator.denominator
        else:
            raise TypeError('both arguments should be Rational instances')
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self._numerator = n // g
        self._denominator = d // g
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f (or an Integral) as a Fraction."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a finite Decimal as a Fraction."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        decimal = _decimal_type()
        if decimal is None or not isinstance(dec, decimal):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """The pair (numerator, denominator), denominator > 0."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self whose denominator is at most
        max_denominator.

        >>> Fraction('3.141592653589793').limit_denominator(10)
        Fraction(22, 7)
        """
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction expansion: (p0/q0, p1/q1) are the two
        # latest convergents, until the next denominator would be too big.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        # The best semiconvergent below the bound, against the last convergent.
        k = (max_denominator - q0) // q1
        semi = Fraction(p0 + k * p1, q0 + k * q1)
        conv = Fraction(p1, q1)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        """repr(self)"""
        return '%s(%s, %s)' % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # -- arithmetic --------------------------------------------------------
    #
    # Each operator has an exact version for two Rationals, used when the
    # other operand is an int or a Fraction (or, reflected, any Rational);
    # with a float or complex the Fraction is converted and the float
    # operator is used.

    def _make_operators(exact, fallback, name):
        def forward(a, b):
            if isinstance(b, (int, Fraction)):
                return exact(a, b)
            if isinstance(b, float):
                return fallback(float(a), b)
            if isinstance(b, complex):
                return fallback(complex(a), b)
            return NotImplemented

        def reverse(b, a):
            if isinstance(a, numbers.Rational):
                return exact(a, b)
            if isinstance(a, numbers.Real):
                return fallback(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return fallback(complex(a), complex(b))
            return NotImplemented

        forward.__name__ = '__%s__' % name
        forward.__qualname__ = 'Fraction.__%s__' % name
        forward.__doc__ = exact.__doc__
        reverse.__name__ = '__r%s__' % name
        reverse.__qualname__ = 'Fraction.__r%s__' % name
        reverse.__doc__ = exact.__doc__
        return forward, reverse

    def _add(a, b):
        """a + b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = math.gcd(da, db)
        if g == 1:
            return _new_raw(na * db + nb * da, da * db)
        # Work with the lcm; only a factor of g can divide the new numerator.
        da_g = da // g
        top = na * (db // g) + nb * da_g
        g2 = math.gcd(top, g)
        return _new_raw(top // g2, da_g * (db // g2))

    __add__, __radd__ = _make_operators(_add, operator.add, 'add')

    def _sub(a, b):
        """a - b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = math.gcd(da, db)
        if g == 1:
            return _new_raw(na * db - nb * da, da * db)
        da_g = da // g
        top = na * (db // g) - nb * da_g
        g2 = math.gcd(top, g)
        return _new_raw(top // g2, da_g * (db // g2))

    __sub__, __rsub__ = _make_operators(_sub, operator.sub, 'sub')

    def _mul(a, b):
        """a * b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        # cancel across before multiplying
        g1 = math.gcd(na, db)
        g2 = math.gcd(nb, da)
        return _new_raw((na // g1) * (nb // g2), (da // g2) * (db // g1))

    __mul__, __rmul__ = _make_operators(_mul, operator.mul, 'mul')

    def _div(a, b):
        """a / b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g1 = math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = math.gcd(da, db)
        if g2 > 1:
            da //= g2
            db //= g2
        top = na * db
        bottom = nb * da
        if bottom < 0:
            top, bottom = -top, -bottom
        return _new_checked(top, bottom)

    __truediv__, __rtruediv__ = _make_operators(_div, operator.truediv, 'truediv')

    def _floordiv(a, b):
        """a // b"""
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    __floordiv__, __rfloordiv__ = _make_operators(_floordiv, operator.floordiv,
                                                  'floordiv')

    def _divmod(a, b):
        """(a // b, a % b)"""
        da, db = a.denominator, b.denominator
        q, r = divmod(a.numerator * db, da * b.numerator)
        return q, Fraction(r, da * db)

    __divmod__, __rdivmod__ = _make_operators(_divmod, divmod, 'divmod')

    def _mod(a, b):
        """a % b"""
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    __mod__, __rmod__ = _make_operators(_mod, operator.mod, 'mod')

    del _make_operators

    def __pow__(a, b):
        """a ** b

        An integral exponent gives an exact Fraction; any other exponent
        goes through float (or complex).
        """
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                n, d = a._numerator, a._denominator
                if power >= 0:
                    return _new_raw(n ** power, d ** power)
                if n >= 0:
                    return _new_checked(d ** -power, n ** -power)
                return _new_raw((-d) ** -power, (-n) ** -power)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        """+a, always a plain Fraction"""
        return _new_raw(a._numerator, a._denominator)

    def __neg__(a):
        """-a"""
        return _new_raw(-a._numerator, a._denominator)

    def __abs__(a):
        """abs(a)"""
        return _new_raw(abs(a._numerator), a._denominator)

    def __int__(a):
        """int(a), truncating toward zero"""
        n, d = a._numerator, a._denominator
        if n < 0:
            return operator.index(-(-n // d))
        return operator.index(n // d)

    def __trunc__(a):
        """math.trunc(a)"""
        n, d = a._numerator, a._denominator
        if n < 0:
            return -(-n // d)
        return n // d

    def __floor__(a):
        """math.floor(a)"""
        return a.numerator // a.denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a.numerator // a.denominator)

    def __round__(self, ndigits=None):
        """round(self, ndigits): halves go to even."""
        if ndigits is None:
            d = self.denominator
            whole, rest = divmod(self.numerator, d)
            twice = rest * 2
            if twice < d or (twice == d and whole % 2 == 0):
                return whole
            return whole + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        """hash(self), equal to the hash of an equal int or float"""
        try:
            inverse = pow(self._denominator, -1, _PyHASH_MODULUS)
        except ValueError:
            # the denominator is a multiple of the modulus
            h = _PyHASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    # -- comparisons -------------------------------------------------------

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return (a._numerator == b.numerator and
                    a._denominator == b.denominator)
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                # Compare as a float would: only the special value matters.
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        """a < b"""
        return a._compare(b, operator.lt)

    def __gt__(a, b):
        """a > b"""
        return a._compare(b, operator.gt)

    def __le__(a, b):
        """a <= b"""
        return a._compare(b, operator.le)

    def __ge__(a, b):
        """a >= b"""
        return a._compare(b, operator.ge)

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    # -- copying and pickling ----------------------------------------------

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self     # immutable
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
