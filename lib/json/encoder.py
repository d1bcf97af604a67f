"""JSON encoder for Baton: JSONEncoder and the string escaping helpers.

Two encoders share one set of rules: a generator (JSONEncoder.iterencode)
that yields the text in pieces, and a faster one used by encode()/dumps()
that appends every piece to one list and joins it at the end.
"""

__all__ = ['JSONEncoder', 'encode_basestring', 'encode_basestring_ascii']

INFINITY = float('inf')

# Escapes used for every string: the quote, the backslash and the C0 controls.
_ESCAPES = {'"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f',
            '\n': '\\n', '\r': '\\r', '\t': '\\t'}
for _i in range(0x20):
    _ESCAPES.setdefault(chr(_i), '\\u%04x' % _i)
del _i
ESCAPE_DCT = _ESCAPES

_BASIC_TABLE = {ord(k): v for k, v in _ESCAPES.items()}
_ASCII_TABLE = dict(_BASIC_TABLE)
_ASCII_TABLE[0x7f] = '\\u007f'


def encode_basestring(s):
    """Return the JSON representation of the str s (non-ASCII kept as is)."""
    if '"' in s or '\\' in s or not s.isprintable():
        s = s.translate(_BASIC_TABLE)
    return '"' + s + '"'


def _escape_non_ascii(s):
    out = []
    append = out.append
    start = 0
    i = 0
    n = len(s)
    while i < n:
        code = ord(s[i])
        if code > 0x7f:
            if start < i:
                append(s[start:i])
            if code > 0xffff:
                code -= 0x10000
                append('\\u%04x\\u%04x' % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff)))
            else:
                append('\\u%04x' % code)
            start = i + 1
        i += 1
    if start < n:
        append(s[start:])
    return ''.join(out)


def encode_basestring_ascii(s):
    """Return the ASCII-only JSON representation of the str s."""
    if s.isascii():
        if '"' in s or '\\' in s or not s.isprintable():
            s = s.translate(_ASCII_TABLE)
        return '"' + s + '"'
    s = s.translate(_ASCII_TABLE)
    return '"' + _escape_non_ascii(s) + '"'


py_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii
c_encode_basestring = None
c_encode_basestring_ascii = None
c_make_encoder = None


def _make_floatstr(allow_nan, with_repr):
    """The float formatter: repr for finite values, NaN/Infinity/-Infinity
    otherwise (or ValueError when allow_nan is false)."""
    float_repr = float.__repr__

    def floatstr(o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float_repr(o)
        if not allow_nan:
            msg = "Out of range float values are not JSON compliant"
            if with_repr:
                msg += ": " + repr(o)
            raise ValueError(msg)
        return text

    return floatstr


def _key_text(key, floatstr, skipkeys):
    """The str used for a dict key, or None if the key is to be skipped."""
    if isinstance(key, str):
        return key
    if isinstance(key, float):
        return floatstr(key)
    if key is True:
        return 'true'
    if key is False:
        return 'false'
    if key is None:
        return 'null'
    if isinstance(key, int):
        return int.__repr__(key)
    if skipkeys:
        return None
    raise TypeError('keys must be str, int, float, bool or None, '
                    'not ' + key.__class__.__name__)


def _indent_unit(indent):
    if indent is None or isinstance(indent, str):
        return indent
    return ' ' * indent


def _make_appender(markers, default, encoder, indent, floatstr, key_separator,
                   item_separator, sort_keys, skipkeys):
    """The one-shot encoder: encode(o) -> list of str pieces."""
    indent = _indent_unit(indent)
    int_repr = int.__repr__
    circular = "Circular reference detected"

    def value(o, out, level):
        t = type(o)
        if t is str:
            out.append(encoder(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif t is int:
            out.append(int_repr(o))
        elif t is float:
            out.append(floatstr(o))
        elif t is list or t is tuple:
            array(o, out, level)
        elif t is dict:
            obj(o, out, level)
        elif isinstance(o, str):
            out.append(encoder(o))
        elif isinstance(o, int):
            out.append(int_repr(o))
        elif isinstance(o, float):
            out.append(floatstr(o))
        elif isinstance(o, (list, tuple)):
            array(o, out, level)
        elif isinstance(o, dict):
            obj(o, out, level)
        else:
            if markers is not None:
                key = id(o)
                if key in markers:
                    raise ValueError(circular)
                markers[key] = o
            value(default(o), out, level)
            if markers is not None:
                del markers[key]

    def array(lst, out, level):
        if not lst:
            out.append('[]')
            return
        if markers is not None:
            key = id(lst)
            if key in markers:
                raise ValueError(circular)
            markers[key] = lst
        if indent is None:
            out.append('[')
            separator = item_separator
        else:
            level += 1
            newline = '\n' + indent * level
            out.append('[' + newline)
            separator = item_separator + newline
        first = True
        for item in lst:
            if first:
                first = False
            else:
                out.append(separator)
            value(item, out, level)
        if indent is not None:
            out.append('\n' + indent * (level - 1))
        out.append(']')
        if markers is not None:
            del markers[key]

    def obj(dct, out, level):
        if not dct:
            out.append('{}')
            return
        if markers is not None:
            key = id(dct)
            if key in markers:
                raise ValueError(circular)
            markers[key] = dct
        if indent is None:
            out.append('{')
            separator = item_separator
        else:
            level += 1
            newline = '\n' + indent * level
            out.append('{' + newline)
            separator = item_separator + newline
        items = sorted(dct.items()) if sort_keys else dct.items()
        first = True
        for k, v in items:
            if type(k) is not str:
                k = _key_text(k, floatstr, skipkeys)
                if k is None:
                    continue
            if first:
                first = False
            else:
                out.append(separator)
            out.append(encoder(k))
            out.append(key_separator)
            value(v, out, level)
        if indent is not None:
            out.append('\n' + indent * (level - 1))
        out.append('}')
        if markers is not None:
            del markers[key]

    def encode(o):
        out = []
        value(o, out, 0)
        return out

    return encode


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
                     _key_separator, _item_separator, _sort_keys, _skipkeys,
                     _one_shot=False):
    """The incremental encoder: a generator function yielding str pieces."""
    indent = _indent_unit(_indent)
    default = _default
    encoder = _encoder
    floatstr = _floatstr
    int_repr = int.__repr__
    circular = "Circular reference detected"

    def scalar(o):
        # The text of a str, None, bool, int or float; None for anything else.
        if isinstance(o, str):
            return encoder(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int_repr(o)
        if isinstance(o, float):
            return floatstr(o)
        return None

    def compound(o, level):
        if isinstance(o, (list, tuple)):
            return gen_list(o, level)
        if isinstance(o, dict):
            return gen_dict(o, level)
        return gen_any(o, level)

    def enter(o):
        if markers is None:
            return None
        key = id(o)
        if key in markers:
            raise ValueError(circular)
        markers[key] = o
        return key

    def gen_list(lst, level):
        if not lst:
            yield '[]'
            return
        key = enter(lst)
        head = '['
        if indent is None:
            separator = _item_separator
        else:
            level += 1
            newline = '\n' + indent * level
            separator = _item_separator + newline
            head += newline
        prefix = head
        for item in lst:
            text = scalar(item)
            if text is not None:
                yield prefix + text
            else:
                yield prefix
                yield from compound(item, level)
            prefix = separator
        if indent is not None:
            yield '\n' + indent * (level - 1)
        yield ']'
        if key is not None:
            del markers[key]

    def gen_dict(dct, level):
        if not dct:
            yield '{}'
            return
        key = enter(dct)
        yield '{'
        if indent is None:
            separator = _item_separator
        else:
            level += 1
            newline = '\n' + indent * level
            separator = _item_separator + newline
            yield newline
        items = sorted(dct.items()) if _sort_keys else dct.items()
        first = True
        for k, v in items:
            k = _key_text(k, floatstr, _skipkeys)
            if k is None:
                continue
            if first:
                first = False
            else:
                yield separator
            yield encoder(k)
            yield _key_separator
            text = scalar(v)
            if text is not None:
                yield text
            else:
                yield from compound(v, level)
        if indent is not None:
            yield '\n' + indent * (level - 1)
        yield '}'
        if key is not None:
            del markers[key]

    def gen_any(o, level):
        text = scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from gen_list(o, level)
        elif isinstance(o, dict):
            yield from gen_dict(o, level)
        else:
            key = enter(o)
            yield from gen_any(default(o), level)
            if key is not None:
                del markers[key]

    def iterencode(o, level=0):
        return gen_any(o, level)

    return iterencode


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    dict becomes an object, list and tuple an array, str a string, int and
    float numbers, True/False true/false and None null.  Override default()
    (or pass default=) to serialize other objects.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return the JSON text of the Python value o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode o, yielding its JSON text piece by piece."""
        markers = {} if self.check_circular else None
        encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        if _one_shot:
            # CPython's C accelerator (used when indent is None) words the
            # out-of-range float error without the value.
            floatstr = _make_floatstr(self.allow_nan, self.indent is not None)
            encode = _make_appender(
                markers, self.default, encoder, self.indent, floatstr,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys)
            return encode(o)
        floatstr = _make_floatstr(self.allow_nan, True)
        gen = _make_iterencode(
            markers, self.default, encoder, self.indent, floatstr,
            self.key_separator, self.item_separator, self.sort_keys,
            self.skipkeys, _one_shot)
        return gen(o, 0)
