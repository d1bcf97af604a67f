"""Mathematical functions for complex numbers (CPython 3.11's cmath, in Python).

Finite arguments use the usual numerically careful formulas (Kahan's for the
inverse functions); infinities and NaNs follow C99 Annex G, with
ValueError('math domain error') where the result is invalid and
OverflowError('math range error') where a finite argument overflows.
"""

import math as _m

pi = _m.pi
e = _m.e
tau = _m.tau
inf = float('inf')
nan = float('nan')
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_isfin = _m.isfinite
_isinf = _m.isinf
_isnan = _m.isnan
_cs = _m.copysign
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046
_DBL_MAX = 1.7976931348623157e308
_DBL_MIN = 2.2250738585072014e-308
_LARGE = _DBL_MAX / 4.0            # beyond this the inverse functions use logs
_SQRT_LARGE = _m.sqrt(_LARGE)
_SQRT_MIN = _m.sqrt(_DBL_MIN)
_LOG_LARGE = _m.log(_DBL_MAX) - 1.0  # exp(x) still finite for smaller x (minus a bit)
_P2 = pi / 2.0
_P4 = pi / 4.0
_P34 = 0.75 * pi


def _hypot(a, b):
    # the C library's hypot (what CPython's cmath uses), not math.hypot
    try:
        return abs(complex(a, b))
    except OverflowError:
        return inf


def _domain():
    return ValueError('math domain error')


def _range():
    return OverflowError('math range error')


def _real(x):
    if isinstance(x, float):
        return x
    if isinstance(x, int):
        return float(x)
    f = getattr(type(x), '__float__', None)
    if f is not None:
        return float(x)
    if getattr(type(x), '__index__', None) is not None:
        return float(x.__index__())
    raise TypeError('must be real number, not %s' % type(x).__name__)


def _parts(z):
    """(real, imag) of an argument, converted as CPython's 'D' format does."""
    if isinstance(z, complex):
        return z.real, z.imag
    if isinstance(z, float):
        return z, 0.0
    if isinstance(z, int):
        return float(z), 0.0
    c = getattr(type(z), '__complex__', None)
    if c is not None:
        r = c(z)
        if not isinstance(r, complex):
            raise TypeError('__complex__ returned non-complex (type %s)'
                            % type(r).__name__)
        return r.real, r.imag
    return _real(z), 0.0


def _finish(x, y, rx, ry):
    """Build the result; raise ValueError when a NaN appears from non-NaN input."""
    if (rx != rx or ry != ry) and not (x != x or y != y):
        raise _domain()
    return complex(rx, ry)


# ---------------------------------------------------------------- sqrt

def _sqrt(x, y):
    if not (_isfin(x) and _isfin(y)):
        if _isinf(y):
            return inf, y
        if x != x:
            return nan, nan
        if _isinf(x):
            if y != y:
                return (inf, nan) if x > 0 else (nan, inf)
            if x > 0:
                return inf, _cs(0.0, y)
            return 0.0, _cs(inf, y)
        return nan, nan
    if x == 0.0 and y == 0.0:
        return 0.0, y
    ax = abs(x)
    ay = abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        # scale up so that the intermediate values are normal
        ax = _m.ldexp(ax, 53)
        s = _m.ldexp(_m.sqrt(ax + _hypot(ax, _m.ldexp(ay, 53))), -27)
    else:
        ax = ax / 8.0
        s = 2.0 * _m.sqrt(ax + _hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return s, _cs(d, y)
    return d, _cs(s, y)


def sqrt(z, /):
    """Return the square root of z."""
    x, y = _parts(z)
    return complex(*_sqrt(x, y))


# ---------------------------------------------------------------- exp / log

def exp(z, /):
    """Return the exponential value e**z."""
    x, y = _parts(z)
    if not (_isfin(x) and _isfin(y)):
        if y == 0.0:
            rx, ry = _m.exp(x) if x == x else nan, y
        elif x != x:
            rx, ry = nan, nan
        elif _isinf(x) and _isfin(y):
            if x > 0:
                rx, ry = _cs(inf, _m.cos(y)), _cs(inf, _m.sin(y))
            else:
                rx, ry = _cs(0.0, _m.cos(y)), _cs(0.0, _m.sin(y))
        elif x == -inf:
            rx, ry = 0.0, 0.0
        elif x == inf:
            rx, ry = inf, nan
            if y != y:
                return complex(rx, ry)
        else:
            rx, ry = nan, nan
        return _finish(x, y, rx, ry)
    if x > _LOG_LARGE:
        l = _m.exp(x - 1.0)
        rx = l * _m.cos(y) * e
        ry = l * _m.sin(y) * e
    else:
        l = _m.exp(x)
        rx = l * _m.cos(y)
        ry = l * _m.sin(y)
    if y == 0.0:
        ry = y
    if _isinf(rx) or _isinf(ry):
        raise _range()
    return complex(rx, ry)


def _log(x, y):
    if not (_isfin(x) and _isfin(y)):
        if _isinf(y):
            if x != x:
                return inf, nan, False
            if x == inf:
                return inf, _cs(_P4, y), False
            if x == -inf:
                return inf, _cs(_P34, y), False
            return inf, _cs(_P2, y), False
        if _isinf(x):
            if y != y:
                return inf, nan, False
            return inf, (_cs(0.0, y) if x > 0 else _cs(pi, y)), False
        return nan, nan, False
    ax = abs(x)
    ay = abs(y)
    if ax > _LARGE or ay > _LARGE:
        rx = _m.log(_hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax == 0.0 and ay == 0.0:
            return -inf, _m.atan2(y, x), True
        rx = _m.log(_hypot(_m.ldexp(ax, 53), _m.ldexp(ay, 53))) - 53 * _LN2
    else:
        h = _hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            big = max(ax, ay)
            small = min(ax, ay)
            rx = _m.log1p((big - 1.0) * (big + 1.0) + small * small) / 2.0
        else:
            rx = _m.log(h)
    return rx, _m.atan2(y, x), False


def log(z, base=None, /):
    """log(z[, base]) -> the logarithm of z to the given base.

    If the base is not specified, returns the natural logarithm (base e) of z.
    """
    x, y = _parts(z)
    rx, ry, bad = _log(x, y)
    if base is None:
        if bad:
            raise _domain()
        return complex(rx, ry)
    bx, by = _parts(base)
    bx, by, bad = _log(bx, by)      # only the base's error counts, as in CPython
    if bad:
        raise _domain()
    return _div(rx, ry, bx, by)


def _div(a, b, c, d):
    # (a+bj)/(c+dj) the way complex division does it (Smith's algorithm)
    ac = abs(c)
    ad = abs(d)
    if ac >= ad:
        if ac == 0.0:
            raise _domain()
        r = d / c
        den = c + d * r
        return complex((a + b * r) / den, (b - a * r) / den)
    if ad >= ac:
        r = c / d
        den = c * r + d
        return complex((a * r + b) / den, (b * r - a) / den)
    return complex(nan, nan)


def log10(z, /):
    """Return the base-10 logarithm of z."""
    x, y = _parts(z)
    rx, ry, bad = _log(x, y)
    if bad:
        raise _domain()
    return complex(rx / _LN10, ry / _LN10)


# ---------------------------------------------------------------- hyperbolic

def _cosh(x, y):
    if not (_isfin(x) and _isfin(y)):
        ax, ay = abs(x), abs(y)
        sx = _cs(1.0, x) * _cs(1.0, y)
        if ax == inf and _isfin(y):
            if y == 0.0:
                return inf, sx * 0.0
            return _cs(inf, _m.cos(y)), _cs(inf, _m.sin(y)) * _cs(1.0, x)
        if ax == inf:
            return inf, nan
        if x == 0.0:
            return nan, 0.0
        if x != x and y == 0.0:
            return nan, 0.0
        return nan, nan
    if abs(x) > _LOG_LARGE:
        xm = x - _cs(1.0, x)
        rx = _m.cos(y) * _m.cosh(xm) * e
        ry = _m.sin(y) * _m.sinh(xm) * e
    else:
        rx = _m.cos(y) * _m.cosh(x)
        ry = _m.sin(y) * _m.sinh(x)
    if _isinf(rx) or _isinf(ry):
        raise _range()
    return rx, ry


def _sinh(x, y):
    if not (_isfin(x) and _isfin(y)):
        sx, sy = _cs(1.0, x), _cs(1.0, y)
        ax, ay = abs(x), abs(y)
        if ax == inf and _isfin(y):
            if y == 0.0:
                return x, y
            return _cs(inf, _m.cos(y)) * sx, _cs(inf, _m.sin(y))
        if ax == inf:
            return (inf, nan) if y != y else (x, nan)
        if x == 0.0:
            return (0.0, nan) if y != y else (x, nan)
        if x != x and y == 0.0:
            return nan, y
        return nan, nan
    if abs(x) > _LOG_LARGE:
        xm = x - _cs(1.0, x)
        rx = _m.cos(y) * _m.sinh(xm) * e
        ry = _m.sin(y) * _m.cosh(xm) * e
    else:
        rx = _m.cos(y) * _m.sinh(x)
        ry = _m.sin(y) * _m.cosh(x)
    if _isinf(rx) or _isinf(ry):
        raise _range()
    return rx, ry


def _tanh(x, y):
    if not (_isfin(x) and _isfin(y)):
        if _isinf(x):
            if _isfin(y):
                return _cs(1.0, x), _cs(0.0, _m.sin(2.0 * y))
            return _cs(1.0, x), 0.0
        if x != x and y == 0.0:
            return nan, y
        return nan, nan
    if abs(x) > _LOG_LARGE:
        return _cs(1.0, x), 4.0 * _m.sin(y) * _m.cos(y) * _m.exp(-2.0 * abs(x))
    tx = _m.tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _m.cosh(x)
    txty = tx * ty
    den = 1.0 + txty * txty
    return tx * (1.0 + ty * ty) / den, ((ty / den) * cx) * cx


def cosh(z, /):
    """Return the hyperbolic cosine of z."""
    x, y = _parts(z)
    return _finish(x, y, *_cosh(x, y))


def sinh(z, /):
    """Return the hyperbolic sine of z."""
    x, y = _parts(z)
    return _finish(x, y, *_sinh(x, y))


def tanh(z, /):
    """Return the hyperbolic tangent of z."""
    x, y = _parts(z)
    return _finish(x, y, *_tanh(x, y))


def cos(z, /):
    """Return the cosine of z."""
    x, y = _parts(z)
    rx, ry = _cosh(-y, x)          # cos(z) = cosh(iz)
    return _finish(x, y, rx, ry)


def sin(z, /):
    """Return the sine of z."""
    x, y = _parts(z)
    rx, ry = _sinh(-y, x)          # sin(z) = -i sinh(iz)
    return _finish(x, y, ry, -rx)


def tan(z, /):
    """Return the tangent of z."""
    x, y = _parts(z)
    rx, ry = _tanh(-y, x)          # tan(z) = -i tanh(iz)
    return _finish(x, y, ry, -rx)


# ---------------------------------------------------------------- inverse

def _asinh(x, y):
    if not (_isfin(x) and _isfin(y)):
        sx, sy = _cs(1.0, x), _cs(1.0, y)
        ax, ay = abs(x), abs(y)
        if ay == inf:
            if ax == inf:
                return _cs(inf, x), _cs(_P4, y)
            if x != x:
                return inf, nan
            return _cs(inf, x), _cs(_P2, y)
        if ax == inf:
            if y != y:
                return x, nan
            return x, _cs(0.0, y)
        if x != x and y == 0.0:
            return nan, y
        return nan, nan
    if abs(x) > _LARGE or abs(y) > _LARGE:
        if y >= 0.0:
            rx = _cs(_m.log(_hypot(x / 2.0, y / 2.0)) + 2.0 * _LN2, x)
        else:
            rx = -_cs(_m.log(_hypot(x / 2.0, y / 2.0)) + 2.0 * _LN2, -x)
        return rx, _m.atan2(y, abs(x))
    s1r, s1i = _sqrt(1.0 + y, -x)
    s2r, s2i = _sqrt(1.0 - y, x)
    return (_m.asinh(s1r * s2i - s2r * s1i),
            _m.atan2(y, s1r * s2r - s1i * s2i))


def asinh(z, /):
    """Return the inverse hyperbolic sine of z."""
    x, y = _parts(z)
    return complex(*_asinh(x, y))


def asin(z, /):
    """Return the arc sine of z."""
    x, y = _parts(z)
    rx, ry = _asinh(-y, x)         # asin(z) = -i asinh(iz)
    return complex(ry, -rx)


def _acos(x, y):
    if not (_isfin(x) and _isfin(y)):
        if _isinf(y):
            if x == inf:
                return _P4, -y
            if x == -inf:
                return _P34, -y
            if x != x:
                return nan, -y
            return _P2, -y
        if _isinf(x):
            if y != y:
                return nan, inf
            return (0.0 if x > 0 else pi), _cs(inf, -y)
        if x == 0.0 and y != y:
            return _P2, nan
        return nan, nan
    if abs(x) > _LARGE or abs(y) > _LARGE:
        rx = _m.atan2(abs(y), x)
        l = _m.log(_hypot(x / 2.0, y / 2.0)) + 2.0 * _LN2
        if x < 0.0:
            ry = -_cs(l, y)
        else:
            ry = _cs(l, -y)
        return rx, ry
    s1r, s1i = _sqrt(1.0 - x, -y)
    s2r, s2i = _sqrt(1.0 + x, y)
    return (2.0 * _m.atan2(s1r, s2r),
            _m.asinh(s2r * s1i - s2i * s1r))


def acos(z, /):
    """Return the arc cosine of z."""
    x, y = _parts(z)
    return complex(*_acos(x, y))


def acosh(z, /):
    """Return the inverse hyperbolic cosine of z."""
    x, y = _parts(z)
    if not (_isfin(x) and _isfin(y)):
        if _isinf(y):
            if x == inf:
                return complex(inf, _cs(_P4, y))
            if x == -inf:
                return complex(inf, _cs(_P34, y))
            if x != x:
                return complex(inf, nan)
            return complex(inf, _cs(_P2, y))
        if _isinf(x):
            if y != y:
                return complex(inf, nan)
            return complex(inf, _cs(0.0 if x > 0 else pi, y))
        return complex(nan, nan)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        return complex(_m.log(_hypot(x / 2.0, y / 2.0)) + 2.0 * _LN2,
                       _m.atan2(y, x))
    s1r, s1i = _sqrt(x - 1.0, y)
    s2r, s2i = _sqrt(x + 1.0, y)
    return complex(_m.asinh(s1r * s2r + s1i * s2i),
                   2.0 * _m.atan2(s1i, s2r))


def _atanh(x, y):
    if not (_isfin(x) and _isfin(y)):
        if _isinf(x) or _isinf(y):
            if x != x:
                return 0.0, _cs(_P2, y)
            if y != y:
                return _cs(0.0, x), nan
            return _cs(0.0, x), _cs(_P2, y)
        if x == 0.0 and y != y:
            return x, nan
        return nan, nan
    if x < 0.0:
        rx, ry = _atanh(-x, -y)
        return -rx, -ry
    ay = abs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _hypot(x / 2.0, y / 2.0)
        return x / 4.0 / h / h, -_cs(_P2, -y)
    if x == 1.0 and ay < _SQRT_MIN:
        if ay == 0.0:
            raise _domain()
        return (-_m.log(_m.sqrt(ay) / _m.sqrt(_hypot(ay, 2.0))),
                _cs(_m.atan2(2.0, -ay) / 2.0, y))
    return (_m.log1p(4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)) / 4.0,
            -_m.atan2(-2.0 * y, (1.0 - x) * (1.0 + x) - ay * ay) / 2.0)


def atanh(z, /):
    """Return the inverse hyperbolic tangent of z."""
    x, y = _parts(z)
    return complex(*_atanh(x, y))


def atan(z, /):
    """Return the arc tangent of z."""
    x, y = _parts(z)
    rx, ry = _atanh(-y, x)         # atan(z) = -i atanh(iz)
    return complex(ry, -rx)


# ---------------------------------------------------------------- misc

def phase(z, /):
    """Return argument, also known as the phase angle, of a complex."""
    x, y = _parts(z)
    r = _m.atan2(y, x)
    if r == 0.0 and y != 0.0 and _isfin(y) and _isfin(x):
        raise _range()          # the underflow CPython reports
    return r


def polar(z, /):
    """Convert a complex from rectangular coordinates to polar coordinates.

    r is the distance from 0 and phi the phase angle.
    """
    x, y = _parts(z)
    if _isinf(x) or _isinf(y):
        r = inf
    else:
        r = _hypot(x, y)
        if _isinf(r):
            raise _range()
    return r, _m.atan2(y, x)


def rect(r, phi, /):
    """Convert from polar coordinates to rectangular coordinates."""
    r = _real(r)
    phi = _real(phi)
    if _isfin(r) and _isfin(phi):
        if phi == 0.0:
            return complex(r, r * phi)
        return complex(r * _m.cos(phi), r * _m.sin(phi))
    if r != r:
        if phi == 0.0:
            return complex(nan, 0.0)
        return complex(nan, nan)
    if _isinf(r):
        if _isfin(phi):
            if phi == 0.0:
                return complex(r, _cs(1.0, r) * phi)
            return complex(r * _m.cos(phi), r * _m.sin(phi))
        if phi != phi:
            return complex(inf, nan)
        raise _domain()
    # r finite, phi infinite or nan
    if r == 0.0:
        return complex(0.0, 0.0)
    if phi != phi:
        return complex(nan, nan)
    raise _domain()


def isfinite(z, /):
    """Return True if both the real and imaginary parts of z are finite, else False."""
    x, y = _parts(z)
    return _isfin(x) and _isfin(y)


def isinf(z, /):
    """Checks if the real or imaginary part of z is infinite."""
    x, y = _parts(z)
    return _isinf(x) or _isinf(y)


def isnan(z, /):
    """Checks if the real or imaginary part of z not a number (NaN)."""
    x, y = _parts(z)
    return x != x or y != y


def isclose(*args, rel_tol=1e-09, abs_tol=0.0):
    """Determine whether two complex numbers are close in value."""
    if len(args) != 2:
        if len(args) > 2:
            raise TypeError('isclose() takes exactly 2 positional arguments '
                            '(%d given)' % len(args))
        raise TypeError("isclose() missing required argument '%s' (pos %d)"
                        % ('ab'[len(args)], len(args) + 1))
    a, b = args
    ax, ay = _parts(a)
    bx, by = _parts(b)
    rel_tol = _real(rel_tol)
    abs_tol = _real(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if ax == bx and ay == by:
        return True
    if _isinf(ax) or _isinf(ay) or _isinf(bx) or _isinf(by):
        return False
    diff = _hypot(bx - ax, by - ay)
    return (diff <= rel_tol * _hypot(bx, by)
            or diff <= rel_tol * _hypot(ax, ay)
            or diff <= abs_tol)
