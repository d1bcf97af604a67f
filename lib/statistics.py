"""Basic statistics for numeric data (Baton's pure-Python statistics module).

Averages: mean, fmean, geometric_mean, harmonic_mean, median, median_low,
median_high, median_grouped, mode, multimode, quantiles.
Spread: pvariance, variance, pstdev, stdev.
Two inputs: covariance, correlation, linear_regression.
And NormalDist, a normal distribution.

mean() and the variances add up the data exactly (as fractions) and convert
once at the end, so they give CPython's results to the last bit.
"""

__all__ = [
    'NormalDist',
    'StatisticsError',
    'correlation',
    'covariance',
    'fmean',
    'geometric_mean',
    'harmonic_mean',
    'linear_regression',
    'mean',
    'median',
    'median_grouped',
    'median_high',
    'median_low',
    'mode',
    'multimode',
    'pstdev',
    'pvariance',
    'quantiles',
    'stdev',
    'variance',
]

import math
import numbers
import sys

from fractions import Fraction
from itertools import repeat
from bisect import bisect_left, bisect_right
from math import hypot, sqrt, fabs, exp, erf, tau, log, fsum
from operator import mul
from collections import Counter, namedtuple

_SQRT2 = sqrt(2.0)


class StatisticsError(ValueError):
    pass


def _decimal_type():
    module = sys.modules.get('decimal')
    return getattr(module, 'Decimal', None) if module is not None else None


def _is_decimal_type(T):
    decimal = _decimal_type()
    return decimal is not None and issubclass(T, decimal)


# ---------------------------------------------------------------------------
# Exact sums

def _exact_ratio(x):
    """x as (numerator, denominator) of ints; (x, None) for an infinity or
    a NaN."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        # inf or nan: no ratio
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__)


def _coerce(T, S):
    """The type a result should have when the data mixes types T and S."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s"
                    % (T.__name__, S.__name__))


def _result_type(types):
    T = int
    for S in types:
        T = _coerce(T, S)
    return T


def _sum(data):
    """(result type, exact sum, count) of the data.

    The sum is a Fraction, or an infinity/NaN when the data holds one.
    Numerators are added per denominator first, which is cheap for data
    sharing denominators (ints, floats of similar size).
    """
    count = 0
    types = set()
    by_denominator = {}
    for x in data:
        types.add(type(x))
        n, d = _exact_ratio(x)
        count += 1
        by_denominator[d] = by_denominator.get(d, 0) + n
    if None in by_denominator:
        total = by_denominator[None]
    else:
        total = sum(Fraction(n, d) for d, n in by_denominator.items())
    return _result_type(types), total, count


def _ss(data, c=None):
    """(result type, sum of squared deviations, mean used, count).

    With c given, deviations are taken from c; otherwise from the exact mean,
    in one pass over the data.
    """
    if c is not None:
        T, ssd, count = _sum((x - c) * (x - c) for x in data)
        return (T, ssd, c, count)
    count = 0
    types = set()
    sums = {}          # denominator -> sum of numerators
    squares = {}       # denominator -> sum of squared numerators
    for x in data:
        types.add(type(x))
        n, d = _exact_ratio(x)
        count += 1
        sums[d] = sums.get(d, 0) + n
        squares[d] = squares.get(d, 0) + n * n
    if not count:
        ssd = c = Fraction(0)
    elif None in sums:
        ssd = c = sums[None]
    else:
        sx = sum(Fraction(n, d) for d, n in sums.items())
        sxx = sum(Fraction(n, d * d) for d, n in squares.items())
        # exact, so the textbook formula is safe here
        ssd = (count * sxx - sx * sx) / count
        c = sx / count
    return (_result_type(types), ssd, c, count)


def _convert(value, T):
    """The Fraction (or special float) value as type T."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if _is_decimal_type(T):
            return T(value.numerator) / T(value.denominator)
        raise


def _fail_neg(values, errmsg='negative value'):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def _integer_sqrt_of_frac_rto(n, m):
    """isqrt(n / m) rounded to odd: exact results stay, others get their
    lowest bit set, so one later rounding is correct."""
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


# Enough bits (two float significands and a few more) that the final
# int/int division rounds the square root correctly.
_sqrt_bit_width = 2 * sys.float_info.mant_dig + 3


def _float_sqrt_of_frac(n, m):
    """The correctly rounded float square root of n / m."""
    q = (n.bit_length() - m.bit_length() - _sqrt_bit_width) // 2
    if q >= 0:
        return (_integer_sqrt_of_frac_rto(n, m << 2 * q) << q) / 1
    return _integer_sqrt_of_frac_rto(n << -2 * q, m) / (1 << -q)


def _decimal_sqrt_of_frac(n, m):
    decimal = sys.modules['decimal']
    if n <= 0:
        if not n:
            return decimal.Decimal('0.0')
        n, m = -n, -m
    root = (decimal.Decimal(n) / decimal.Decimal(m)).sqrt()
    nr, dr = root.as_integer_ratio()
    plus = root.next_plus()
    np, dp = plus.as_integer_ratio()
    if 4 * n * (dr * dp) ** 2 > m * (dr * np + dp * nr) ** 2:
        return plus
    minus = root.next_minus()
    nm, dm = minus.as_integer_ratio()
    if 4 * n * (dr * dm) ** 2 < m * (dr * nm + dm * nr) ** 2:
        return minus
    return root


def _root_of(mss, T):
    if _is_decimal_type(T):
        return _decimal_sqrt_of_frac(mss.numerator, mss.denominator)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


# ---------------------------------------------------------------------------
# Averages

def mean(data):
    """The arithmetic mean ("average") of data, of the data's type.

    >>> mean([1, 2, 3, 4, 4])
    2.8
    """
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """The mean of data converted to floats (fast; optionally weighted).

    >>> fmean([3.5, 4.0, 5.25])
    4.25
    """
    try:
        n = len(data)
    except TypeError:
        # an iterator: count while summing
        counter = [0]

        def counted(iterable):
            for x in iterable:
                counter[0] += 1
                yield x
        total = fsum(counted(data)) if weights is None else None
        if weights is None:
            if not counter[0]:
                raise StatisticsError('fmean requires at least one data point')
            return total / counter[0]
        data = list(counted(data))
        n = len(data)
    if weights is None:
        total = fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = fsum(map(mul, data, weights))
    if n != num_weights:
        raise StatisticsError('data and weights must be the same length')
    den = fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """The geometric mean of positive data, as a float.

    >>> round(geometric_mean([54, 24, 36]), 9)
    36.0
    """
    try:
        return exp(fmean(map(log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """The harmonic mean: the reciprocal of the mean of the reciprocals.

    >>> harmonic_mean([40, 60])
    48.0
    """
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        decimal = _decimal_type()
        if isinstance(x, numbers.Real) or (decimal is not None and
                                           isinstance(x, decimal)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = repeat(1, n)
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _sum(w for w in _fail_neg(weights, errmsg))
    try:
        data = _fail_neg(data, errmsg)
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


def median(data):
    """The middle value of the data, or the mean of the two middle values.

    >>> median([1, 3, 5, 7])
    4.0
    """
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    half = n // 2
    if n % 2:
        return data[half]
    return (data[half - 1] + data[half]) / 2


def median_low(data):
    """The median, or the smaller of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The median, or the larger of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """The 50th percentile of data grouped in classes of width interval
    (each value the midpoint of its class), by interpolation.

    >>> median_grouped([52, 52, 53, 54])
    52.5
    """
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    # the run of values equal to the middle one
    lo = bisect_left(data, x)
    hi = bisect_right(data, x, lo=lo)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower_limit = x - interval / 2.0
    return lower_limit + interval * (n / 2 - lo) / (hi - lo)


def mode(data):
    """The most common value (the first one seen, on a tie).

    >>> mode(['red', 'blue', 'blue', 'red', 'green', 'red'])
    'red'
    """
    pairs = Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError('no mode for empty data')
    return pairs[0][0]


def multimode(data):
    """All the most common values, in the order first seen.

    >>> multimode('aabbbbccddddeeffffgg')
    ['b', 'd', 'f']
    """
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def quantiles(data, *, n=4, method='exclusive'):
    """The n-1 cut points dividing data into n intervals of equal
    probability, interpolating linearly ('exclusive' treats the data as a
    sample, 'inclusive' as the whole population)."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    result = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f'Unknown method: {method!r}')


# ---------------------------------------------------------------------------
# Spread

def variance(data, xbar=None):
    """The sample variance (n - 1 in the denominator), of the data's type.

    >>> variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5])
    1.3720238095238095
    """
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """The population variance (n in the denominator), of the data's type.

    >>> pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25])
    1.25
    """
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """The sample standard deviation (correctly rounded).

    >>> stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])
    1.0810874155219827
    """
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _root_of(ss / (n - 1), T)


def pstdev(data, mu=None):
    """The population standard deviation (correctly rounded).

    >>> pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])
    0.986893273527251
    """
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _root_of(ss / n, T)


def _mean_stdev(data):
    """The mean and the sample standard deviation as floats, in one pass."""
    T, ss, xbar, n = _ss(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    try:
        return float(xbar), _float_sqrt_of_frac(mss.numerator, mss.denominator)
    except AttributeError:
        # an infinity or a NaN in the data
        return float(xbar), float(xbar) / float(ss)


# ---------------------------------------------------------------------------
# Two inputs

def _check_pair(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same number '
                              'of data points' % what)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % what)
    return n


def _centered_sums(x, y, n):
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return xbar, ybar, sxy


def covariance(x, y, /):
    """The sample covariance of two inputs of the same length.

    >>> covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3])
    0.75
    """
    n = _check_pair(x, y, 'covariance')
    xbar, ybar, sxy = _centered_sums(x, y, n)
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two inputs, in [-1, 1].

    >>> correlation([1, 2, 3, 4, 5, 6, 7, 8, 9], [9, 8, 7, 6, 5, 4, 3, 2, 1])
    -1.0
    """
    n = _check_pair(x, y, 'correlation')
    xbar, ybar, sxy = _centered_sums(x, y, n)
    sxx = fsum((xi - xbar) * (xi - xbar) for xi in x)
    syy = fsum((yi - ybar) * (yi - ybar) for yi in y)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line y = slope * x + intercept
    (with proportional=True, the line through the origin).

    >>> linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11])
    LinearRegression(slope=2.0, intercept=1.0)
    """
    n = _check_pair(x, y, 'linear regression')
    if proportional:
        sxy = fsum(xi * yi for xi, yi in zip(x, y))
        sxx = fsum(xi * xi for xi in x)
    else:
        xbar, ybar, sxy = _centered_sums(x, y, n)
        sxx = fsum((xi - xbar) * (xi - xbar) for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# ---------------------------------------------------------------------------
# The normal distribution

# Wichura's algorithm AS241 (Applied Statistics 37(3), 1988): rational
# approximations of the inverse normal CDF in three regions.  Coefficients
# are listed from the highest power down and evaluated by Horner's rule.
_AS241_CENTRAL_NUM = (
    2.5090809287301226727e+3, 3.3430575583588128105e+4,
    6.7265770927008700853e+4, 4.5921953931549871457e+4,
    1.3731693765509461125e+4, 1.9715909503065514427e+3,
    1.3314166789178437745e+2, 3.3871328727963666080e+0)
_AS241_CENTRAL_DEN = (
    5.2264952788528545610e+3, 2.8729085735721942674e+4,
    3.9307895800092710610e+4, 2.1213794301586595867e+4,
    5.3941960214247511077e+3, 6.8718700749205790830e+2,
    4.2313330701600911252e+1, 1.0)
_AS241_INNER_NUM = (
    7.7454501427834140764e-4, 2.2723844989269184583e-2,
    2.4178072517745061177e-1, 1.2704582524523683826e+0,
    3.6478483247632045098e+0, 5.7694972214606914055e+0,
    4.6303378461565452959e+0, 1.4234371107496835773e+0)
_AS241_INNER_DEN = (
    1.0507500716444168432e-9, 5.4759380849953449460e-4,
    1.5198666563616457197e-2, 1.4810397642748007459e-1,
    6.8976733498510000455e-1, 1.6763848301838038494e+0,
    2.0531916266377588219e+0, 1.0)
_AS241_TAIL_NUM = (
    2.0103343992922881327e-7, 2.7115555687434875782e-5,
    1.2426609473880784386e-3, 2.6532189526576123093e-2,
    2.9656057182850489123e-1, 1.7848265399172913358e+0,
    5.4637849111641143699e+0, 6.6579046435011037772e+0)
_AS241_TAIL_DEN = (
    2.0442631033899397856e-15, 1.4215117583164458887e-7,
    1.8463183175100546818e-5, 7.8686913114561325910e-4,
    1.4875361290850614853e-2, 1.3692988092273580531e-1,
    5.9983220655588793769e-1, 1.0)


def _horner(coefficients, r):
    value = coefficients[0]
    for c in coefficients[1:]:
        value = value * r + c
    return value


def _normal_dist_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        x = (_horner(_AS241_CENTRAL_NUM, r) * q) / _horner(_AS241_CENTRAL_DEN, r)
        return mu + (x * sigma)
    r = p if q <= 0.0 else 1.0 - p
    r = sqrt(-log(r))
    if r <= 5.0:
        r = r - 1.6
        x = _horner(_AS241_INNER_NUM, r) / _horner(_AS241_INNER_DEN, r)
    else:
        r = r - 5.0
        x = _horner(_AS241_TAIL_NUM, r) / _horner(_AS241_TAIL_DEN, r)
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


class NormalDist:
    """A normal (Gaussian) distribution with mean mu and standard deviation
    sigma, and the calculations on it."""

    __slots__ = {
        '_mu': 'The mean',
        '_sigma': 'The standard deviation',
    }

    def __init__(self, mu=0.0, sigma=1.0):
        """The distribution of mean mu and standard deviation sigma >= 0."""
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The distribution estimated from a sample (mean and sample stdev)."""
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        """n random values from the distribution (reproducible with seed)."""
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        """The probability density at x."""
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return exp(diff * diff / (-2.0 * variance)) / sqrt(tau * variance)

    def cdf(self, x):
        """The probability that a value is at most x."""
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """Inverse cumulative distribution function: the x with P(X <= x) = p."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """The n - 1 cut points dividing the distribution into n intervals
        of equal probability."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The overlapping coefficient (OVL) of two normal distributions:
        the area under both density curves, in [0, 1]."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):   # commutative result
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = Y_var - X_var
        dm = fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * X._sigma * _SQRT2))
        # the two points where the densities cross
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * sqrt(dm * dm + dv * log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (fabs(Y.cdf(x1) - X.cdf(x1)) + fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        """How many standard deviations x is above the mean."""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        """mu"""
        return self._mu

    @property
    def median(self):
        """mu, as for any normal distribution"""
        return self._mu

    @property
    def mode(self):
        """mu, the peak of the density"""
        return self._mu

    @property
    def stdev(self):
        """sigma"""
        return self._sigma

    @property
    def variance(self):
        """sigma squared"""
        return self._sigma * self._sigma

    def __add__(x1, x2):
        """Add a constant (shift) or another independent NormalDist."""
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        """Subtract a constant (shift) or another independent NormalDist."""
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        """Scale by a constant."""
        return NormalDist(x1._mu * x2, x1._sigma * fabs(x2))

    def __truediv__(x1, x2):
        """Divide by a constant."""
        return NormalDist(x1._mu / x2, x1._sigma / fabs(x2))

    def __pos__(x1):
        """A copy."""
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        """The mirror distribution: -mu, same sigma."""
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        """constant - self"""
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        """Equal when mu and sigma are."""
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        """The hash of (mu, sigma)."""
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
