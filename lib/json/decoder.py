"""JSON decoder for Baton: JSONDecoder, JSONDecodeError and scanstring.

The scanner is a set of closures built once per decoder.  String scanning
jumps between quotes and backslashes with str.find, so the per-character
work is confined to whitespace, numbers and escape sequences.
"""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}

_WS = ' \t\n\r'
_DIGITS = '0123456789'
_HEXDIGITS = '0123456789abcdefABCDEF'

_SIMPLE_ESCAPES = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}


class JSONDecodeError(ValueError):
    """ValueError subclass raised for a document that is not valid JSON.

    msg: the unformatted message; doc: the document being parsed;
    pos: the index in doc where parsing failed; lineno, colno: the
    line and column of pos (both counted from 1).
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(
            self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _first_control(s, start, stop):
    """Index of the first character below U+0020 in s[start:stop], or -1."""
    if s[start:stop].isprintable():
        return -1
    i = start
    while i < stop:
        if s[i] < ' ':
            return i
        i += 1
    return -1


def _hex4(s, i):
    """The value of the four hex digits s[i:i+4], or -1 if they are not hex."""
    digits = s[i:i + 4]
    if len(digits) != 4:
        return -1
    for ch in digits:
        if ch not in _HEXDIGITS:
            return -1
    return int(digits, 16)


def scanstring(s, end, strict=True):
    """Decode the JSON string whose body starts at s[end] (just after the
    opening quote).  Return (text, index just past the closing quote).

    With strict true, control characters are not allowed in the string.
    """
    begin = end - 1
    n = len(s)
    find = s.find
    quote = find('"', end)
    backslash = find('\\', end, quote if quote >= 0 else n)
    if backslash < 0:
        # No escapes at all: the usual case.
        if quote < 0:
            if strict:
                bad = _first_control(s, end, n)
                if bad >= 0:
                    raise JSONDecodeError("Invalid control character at", s, bad)
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        chunk = s[end:quote]
        if strict and not chunk.isprintable():
            for i in range(len(chunk)):
                if chunk[i] < ' ':
                    raise JSONDecodeError("Invalid control character at", s, end + i)
        return chunk, quote + 1

    parts = []
    append = parts.append
    pos = end
    lone_surrogate = None
    while True:
        # The next special character at or after pos.
        if quote >= 0 and quote < pos:
            quote = find('"', pos)
        if backslash < pos:
            backslash = find('\\', pos, quote if quote >= 0 else n)
        if backslash >= 0:
            stop = backslash
        elif quote >= 0:
            stop = quote
        else:
            stop = n
        if strict and stop > pos:
            bad = _first_control(s, pos, stop)
            if bad >= 0:
                raise JSONDecodeError("Invalid control character at", s, bad)
        if stop == n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if stop > pos:
            append(s[pos:stop])
        if stop != backslash:
            if lone_surrogate is not None:
                raise lone_surrogate
            return ''.join(parts), stop + 1
        # An escape sequence at stop.
        i = stop + 1
        if i >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[i]
        if esc != 'u':
            ch = _SIMPLE_ESCAPES.get(esc)
            if ch is None:
                raise JSONDecodeError("Invalid \\escape", s, stop)
            append(ch)
            pos = i + 1
            continue
        # \uXXXX, perhaps the first half of a surrogate pair.
        if i + 5 > n - 1:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, i)
        code = _hex4(s, i + 1)
        if code < 0:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, i)
        pos = i + 5
        if 0xd800 <= code <= 0xdbff and pos + 6 < n and s[pos] == '\\' and s[pos + 1] == 'u':
            low = _hex4(s, pos + 2)
            if low < 0:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, pos + 1)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                pos += 6
        try:
            append(chr(code))
        except ValueError as exc:
            # A str without lone surrogates (Baton's) cannot hold this one:
            # report that only if the rest of the string is valid JSON.
            if lone_surrogate is None:
                lone_surrogate = exc


py_scanstring = scanstring
c_scanstring = None


def _make_scanner(decoder):
    """Build the value scanner for a decoder: scan(s, idx) -> (value, end),
    raising StopIteration(idx) when no value starts at idx."""
    parse_float = decoder.parse_float
    parse_int = decoder.parse_int
    parse_constant = decoder.parse_constant
    strict = decoder.strict
    object_hook = decoder.object_hook
    object_pairs_hook = decoder.object_pairs_hook
    float_is_float = parse_float is float
    int_is_int = parse_int is int
    WS = _WS
    DIGITS = _DIGITS

    def number(s, start, n):
        i = start
        if s[i] == '-':
            i += 1
            if i >= n:
                raise StopIteration(start)
        c = s[i]
        if c == '0':
            i += 1
        elif '1' <= c <= '9':
            i += 1
            while i < n and s[i] in DIGITS:
                i += 1
        else:
            raise StopIteration(start)
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in DIGITS:
            i += 2
            while i < n and s[i] in DIGITS:
                i += 1
            is_float = True
        if i + 1 < n and (s[i] == 'e' or s[i] == 'E'):
            j = i + 1
            if s[j] == '+' or s[j] == '-':
                j += 1
            if j < n and s[j] in DIGITS:
                j += 1
                while j < n and s[j] in DIGITS:
                    j += 1
                i = j
                is_float = True
        text = s[start:i]
        if is_float:
            return (float(text) if float_is_float else parse_float(text)), i
        return (int(text) if int_is_int else parse_int(text)), i

    def parse_object(s, idx):
        # idx is just past the '{'.
        n = len(s)
        pairs = []
        append = pairs.append
        while idx < n and s[idx] in WS:
            idx += 1
        if idx < n and s[idx] == '}':
            idx += 1
        else:
            while True:
                if idx >= n or s[idx] != '"':
                    raise JSONDecodeError(
                        "Expecting property name enclosed in double quotes", s, idx)
                key, idx = scanstring(s, idx + 1, strict)
                if idx < n and s[idx] != ':':
                    while idx < n and s[idx] in WS:
                        idx += 1
                if idx >= n or s[idx] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx += 1
                while idx < n and s[idx] in WS:
                    idx += 1
                value, idx = scan(s, idx)
                append((key, value))
                while idx < n and s[idx] in WS:
                    idx += 1
                if idx < n:
                    c = s[idx]
                    idx += 1
                    if c == '}':
                        break
                    if c == ',':
                        while idx < n and s[idx] in WS:
                            idx += 1
                        continue
                    idx -= 1
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
        if object_pairs_hook is not None:
            return object_pairs_hook(pairs), idx
        result = dict(pairs)
        if object_hook is not None:
            result = object_hook(result)
        return result, idx

    def parse_array(s, idx):
        # idx is just past the '['.
        n = len(s)
        values = []
        append = values.append
        while idx < n and s[idx] in WS:
            idx += 1
        if idx < n and s[idx] == ']':
            return values, idx + 1
        while True:
            value, idx = scan(s, idx)
            append(value)
            while idx < n and s[idx] in WS:
                idx += 1
            if idx < n:
                c = s[idx]
                idx += 1
                if c == ']':
                    return values, idx
                if c == ',':
                    while idx < n and s[idx] in WS:
                        idx += 1
                    continue
                idx -= 1
            raise JSONDecodeError("Expecting ',' delimiter", s, idx)

    def scan(s, idx):
        n = len(s)
        if idx >= n:
            raise StopIteration(idx)
        c = s[idx]
        if c == '"':
            return scanstring(s, idx + 1, strict)
        if c == '{':
            return parse_object(s, idx + 1)
        if c == '[':
            return parse_array(s, idx + 1)
        if c in '-0123456789':
            if c == '-' and s.startswith('-Infinity', idx):
                return parse_constant('-Infinity'), idx + 9
            return number(s, idx, n)
        if c == 'n':
            if s.startswith('null', idx):
                return None, idx + 4
        elif c == 't':
            if s.startswith('true', idx):
                return True, idx + 4
        elif c == 'f':
            if s.startswith('false', idx):
                return False, idx + 5
        elif c == 'N':
            if s.startswith('NaN', idx):
                return parse_constant('NaN'), idx + 3
        elif c == 'I':
            if s.startswith('Infinity', idx):
                return parse_constant('Infinity'), idx + 8
        raise StopIteration(idx)

    def scan_once(s, idx):
        if idx < 0:
            raise ValueError('idx cannot be negative')
        return scan(s, idx)

    return scan_once


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder.

    JSON objects become dicts, arrays lists, strings str, numbers int or
    float, true/false True/False and null None; NaN, Infinity and
    -Infinity are understood too.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}
        self.scan_once = _make_scanner(self)

    def decode(self, s, _w=None):
        """Return the Python value of the JSON document s (a str)."""
        n = len(s)
        idx = 0
        while idx < n and s[idx] in _WS:
            idx += 1
        obj, end = self.raw_decode(s, idx)
        while end < n and s[end] in _WS:
            end += 1
        if end != n:
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON value that starts at s[idx]; return (value, end)
        where end is the index just past it.  Trailing text is allowed."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
