"""Small helpers shared by the unittest modules."""

from collections import namedtuple

__unittest = True

# Long reprs in failure messages are shortened around the place where the
# two values start to differ.
_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN +
                               _MIN_COMMON_LEN + _PLACEHOLDER_LEN +
                               _MIN_END_LEN)


def _shorten(s, prefixlen, suffixlen):
    skipped = len(s) - prefixlen - suffixlen
    if skipped <= _PLACEHOLDER_LEN:
        return s
    return '%s[%d chars]%s' % (s[:prefixlen], skipped, s[len(s) - suffixlen:])


def _common_prefix(strings):
    if not strings:
        return ''
    lo = min(strings)
    hi = max(strings)
    n = 0
    limit = min(len(lo), len(hi))
    while n < limit and lo[n] == hi[n]:
        n += 1
    return lo[:n]


def _common_shorten_repr(*args):
    reprs = tuple(safe_repr(arg) for arg in args)
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return reprs
    prefix = _common_prefix(reprs)
    plen = len(prefix)
    keep = _MAX_LENGTH - (longest - plen + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if keep > _MIN_COMMON_LEN:
        # the differing tails fit: shorten only the common prefix
        head = _shorten(prefix, _MIN_BEGIN_LEN, keep)
        return tuple(head + r[plen:] for r in reprs)
    head = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(head + _shorten(r[plen:], _MIN_DIFF_LEN, _MIN_END_LEN)
                 for r in reprs)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _MAX_LENGTH:
        return text[:_MAX_LENGTH] + ' [truncated]...'
    return text


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def sorted_list_difference(expected, actual):
    """Return (missing, unexpected): the elements only in expected and those
    only in actual, both inputs being sorted lists; duplicates are ignored."""
    missing = []
    unexpected = []
    i = j = 0
    ne = len(expected)
    na = len(actual)
    while i < ne and j < na:
        e = expected[i]
        a = actual[j]
        if e < a:
            missing.append(e)
            while i < ne and expected[i] == e:
                i += 1
        elif e > a:
            unexpected.append(a)
            while j < na and actual[j] == a:
                j += 1
        else:
            while i < ne and expected[i] == e:
                i += 1
            while j < na and actual[j] == a:
                j += 1
    missing.extend(expected[i:])
    unexpected.extend(actual[j:])
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    """Like sorted_list_difference for unorderable items (consumes both
    lists; quadratic)."""
    missing = []
    while expected:
        item = expected.pop()
        try:
            actual.remove(item)
        except ValueError:
            missing.append(item)
    return missing, actual


def three_way_cmp(x, y):
    """Return -1 if x < y, 0 if x == y and 1 if x > y."""
    return (x > y) - (x < y)


_Mismatch = namedtuple('Mismatch', 'actual expected value')


def _count_diff_all_purpose(actual, expected):
    """List of (count in actual, count in expected, element) where the
    counts differ; works for unhashable elements."""
    first = list(actual)
    second = list(expected)
    used = object()
    result = []
    for i, elem in enumerate(first):
        if elem is used:
            continue
        n1 = 0
        for k in range(i, len(first)):
            if first[k] == elem:
                n1 += 1
                first[k] = used
        n2 = 0
        for k, other in enumerate(second):
            if other == elem:
                n2 += 1
                second[k] = used
        if n1 != n2:
            result.append(_Mismatch(n1, n2, elem))
    for i, elem in enumerate(second):
        if elem is used:
            continue
        n2 = 0
        for k in range(i, len(second)):
            if second[k] == elem:
                n2 += 1
                second[k] = used
        result.append(_Mismatch(0, n2, elem))
    return result


def _count_diff_hashable(actual, expected):
    """List of (count in actual, count in expected, element) where the
    counts differ; elements must be hashable."""
    c1 = {}
    for elem in actual:
        c1[elem] = c1.get(elem, 0) + 1
    c2 = {}
    for elem in expected:
        c2[elem] = c2.get(elem, 0) + 1
    result = []
    for elem, n1 in c1.items():
        n2 = c2.get(elem, 0)
        if n1 != n2:
            result.append(_Mismatch(n1, n2, elem))
    for elem, n2 in c2.items():
        if elem not in c1:
            result.append(_Mismatch(0, n2, elem))
    return result
