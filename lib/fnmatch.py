"""Filename matching with shell patterns.

fnmatch(FILENAME, PATTERN) matches according to the local convention.
fnmatchcase(FILENAME, PATTERN) always takes case in account.

The functions operate by translating the pattern into a small matcher
(Baton has no `re` module yet); translate() still returns the regular
expression text CPython produces for the same pattern.
"""
import os
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

# Characters re.escape() puts a backslash in front of.
_RE_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')

_STAR = object()   # a '*' in the token list


class _Class:
    """A bracket expression: negation flag, literal chars and (lo, hi) ranges."""

    __slots__ = ('negate', 'chars', 'ranges')

    def __init__(self, negate, chars, ranges):
        self.negate = negate
        self.chars = chars
        self.ranges = ranges

    def matches(self, c):
        hit = c in self.chars
        if not hit:
            for lo, hi in self.ranges:
                if lo <= c <= hi:
                    hit = True
                    break
        return hit != self.negate


_ANY = _Class(True, frozenset(), ())      # '?' and '[!]'-like sets: any char
_NEVER = _Class(False, frozenset(), ())   # an empty set: matches nothing


def _escape_re(c):
    return '\\' + c if c in _RE_SPECIAL else c


def _bracket(pat, start, end):
    """Analyse pat[start:end], the inside of a [...] expression.

    Returns (matcher, regex_text)."""
    negate = pat[start] == '!'
    body_from = start + 1 if negate else start
    inner = pat[start:end]
    if '-' not in inner:
        pieces = [inner]
    else:
        # Split at the hyphens that form ranges.  The first character of the
        # set never is one, and a range's end character cannot start another.
        pieces = []
        cut = start
        look = body_from + 1
        while True:
            h = pat.find('-', look, end)
            if h < 0:
                break
            pieces.append(pat[cut:h])
            cut = h + 1
            look = h + 3
        tail = pat[cut:end]
        if tail:
            pieces.append(tail)
        else:
            pieces[-1] += '-'       # a trailing hyphen is literal
        # Drop ranges whose start is after their end (both endpoints go).
        k = len(pieces) - 1
        while k > 0:
            left, right = pieces[k - 1], pieces[k]
            if left[-1] > right[0]:
                pieces[k - 1] = left[:-1] + right[1:]
                del pieces[k]
            k -= 1

    # The meaning of the set.
    chars = set()
    ranges = []
    last = len(pieces) - 1
    for idx, piece in enumerate(pieces):
        body = piece
        if idx == 0 and negate:
            body = body[1:]
        lo = 1 if idx > 0 else 0
        hi = len(body) - 1 if idx < last else len(body)
        for c in body[lo:hi]:
            chars.add(c)
        if idx < last:
            ranges.append((body[-1], pieces[idx + 1][0]))

    # The text CPython's translate() gives it.
    if len(pieces) == 1 and '-' not in inner:
        text = inner.replace('\\', '\\\\')
    else:
        text = '-'.join(p.replace('\\', '\\\\').replace('-', '\\-') for p in pieces)
    out = []
    for c in text:
        if c in '&~|':
            out.append('\\')
        out.append(c)
    text = ''.join(out)
    if not text:
        return _NEVER, '(?!)'
    if text == '!':
        return _ANY, '.'
    if text[0] == '!':
        text = '^' + text[1:]
    elif text[0] in '^[':
        text = '\\' + text
    return _Class(negate, frozenset(chars), tuple(ranges)), '[' + text + ']'


def _parse(pat):
    """Split a pattern into tokens: _STAR, a 1-char str, or a _Class.

    Returns (tokens, regex_pieces) where regex_pieces parallels tokens."""
    tokens = []
    texts = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1] is not _STAR:
                tokens.append(_STAR)
                texts.append(None)
        elif c == '?':
            tokens.append(_ANY)
            texts.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            j = pat.find(']', j)
            if j < 0:
                tokens.append('[')
                texts.append('\\[')
            else:
                tok, text = _bracket(pat, i, j)
                tokens.append(tok)
                texts.append(text)
                i = j + 1
        else:
            tokens.append(c)
            texts.append(_escape_re(c))
    return tokens, texts


def translate(pat):
    """Translate a shell PATTERN to a regular expression.

    There is no way to quote meta-characters.
    """
    tokens, texts = _parse(pat)
    out = []
    i = 0
    n = len(tokens)
    while i < n and tokens[i] is not _STAR:
        out.append(texts[i])
        i += 1
    while i < n:
        i += 1          # the star
        if i == n:
            out.append('.*')
            break
        fixed = []
        while i < n and tokens[i] is not _STAR:
            fixed.append(texts[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*')
            out.append(fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(out) + ')\\Z'


def _match_tokens(tokens, name):
    """Wildcard matching with backtracking to the last star only."""
    nt = len(tokens)
    nn = len(name)
    ti = si = 0
    star_ti = -1
    star_si = 0
    while si < nn:
        if ti < nt:
            tok = tokens[ti]
            if tok is _STAR:
                star_ti = ti
                star_si = si
                ti += 1
                continue
            c = name[si]
            if tok.__class__ is str:
                ok = tok == c
            else:
                ok = tok.matches(c)
            if ok:
                ti += 1
                si += 1
                continue
        if star_ti < 0:
            return False
        star_si += 1
        si = star_si
        ti = star_ti + 1
    while ti < nt and tokens[ti] is _STAR:
        ti += 1
    return ti == nt


class _Matcher:
    __slots__ = ('tokens', 'literal', 'is_bytes')

    def __init__(self, pat):
        self.is_bytes = isinstance(pat, bytes)
        if self.is_bytes:
            pat = str(pat, 'ISO-8859-1')
        self.tokens = _parse(pat)[0]
        if all(t.__class__ is str for t in self.tokens):
            self.literal = pat
        else:
            self.literal = None

    def __call__(self, name):
        if self.is_bytes:
            if not isinstance(name, (bytes, bytearray)):
                raise TypeError("cannot use a bytes pattern on a string-like object")
            name = str(name, 'ISO-8859-1')
        elif not isinstance(name, str):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        if self.literal is not None:
            return name == self.literal
        return _match_tokens(self.tokens, name)


_cache = {}
_CACHE_MAX = 32768


def _compile_pattern(pat):
    key = (type(pat), pat)
    try:
        return _cache[key]
    except KeyError:
        pass
    m = _Matcher(pat)
    if len(_cache) >= _CACHE_MAX:
        _cache.clear()
    _cache[key] = m
    return m


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN.

    Patterns are Unix shell style:

    *       matches everything
    ?       matches any single character
    [seq]   matches any character in seq
    [!seq]  matches any char not in seq

    An initial period in FILENAME is not special.
    Both FILENAME and PATTERN are first case-normalized
    if the operating system requires it.
    If you don't want this, use fnmatchcase(FILENAME, PATTERN).
    """
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    result = []
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        # normcase on posix is NOP. Optimize it away from the loop.
        for name in names:
            if match(name):
                result.append(name)
    else:
        for name in names:
            if match(os.path.normcase(name)):
                result.append(name)
    return result


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case.

    This is a version of fnmatch() which doesn't case-normalize
    its arguments.
    """
    return _compile_pattern(pat)(name)
