"""JSON (JavaScript Object Notation) <https://json.org> encoder and decoder.

dumps()/dump() turn Python values into JSON text, loads()/load() parse JSON
text back; JSONEncoder and JSONDecoder are the classes behind them.
"""

__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

__author__ = 'Bob Ippolito <bob@redivi.com>'

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

_default_encoder = None
_default_decoder = None


def _plain_encoder():
    global _default_encoder
    if _default_encoder is None:
        _default_encoder = JSONEncoder()
    return _default_encoder


def _plain_decoder():
    global _default_decoder
    if _default_decoder is None:
        _default_decoder = JSONDecoder()
    return _default_decoder


def _is_plain(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent,
              separators, default, sort_keys, kw):
    return (not skipkeys and ensure_ascii and check_circular and allow_nan
            and cls is None and indent is None and separators is None
            and default is None and not sort_keys and not kw)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize obj as a JSON formatted stream to fp (an object with a
    .write() method that accepts str).  The options are those of dumps()."""
    if _is_plain(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                 indent, separators, default, sort_keys, kw):
        iterable = _plain_encoder().iterencode(obj)
    else:
        if cls is None:
            cls = JSONEncoder
        iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                       check_circular=check_circular, allow_nan=allow_nan,
                       indent=indent, separators=separators, default=default,
                       sort_keys=sort_keys, **kw).iterencode(obj)
    write = fp.write
    for chunk in iterable:
        write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str.

    skipkeys: skip dict keys that are not str/int/float/bool/None instead of
    raising TypeError.  ensure_ascii: escape every non-ASCII character.
    check_circular: detect reference cycles (ValueError).  allow_nan: write
    NaN/Infinity (else ValueError).  indent: pretty-print with this many
    spaces (or this string) per level.  separators: (item, key) separators.
    default: called for objects that cannot otherwise be serialized.
    sort_keys: sort dictionaries by key.  cls: the JSONEncoder subclass.
    """
    if _is_plain(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                 indent, separators, default, sort_keys, kw):
        return _plain_encoder().encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def detect_encoding(b):
    """Guess the encoding of a JSON document given as bytes (RFC 4627/8259:
    a BOM, or the pattern of zero bytes in the first two characters)."""
    if b.startswith(b'\x00\x00\xfe\xff') or b.startswith(b'\xff\xfe\x00\x00'):
        return 'utf-32'
    if b.startswith(b'\xfe\xff') or b.startswith(b'\xff\xfe'):
        return 'utf-16'
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            # 00 00 00 xx: UTF-32-BE; 00 xx 00 xx: UTF-16-BE
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            # xx 00 00 00: UTF-32-LE; xx 00 xx 00 (or xx 00 00 xx): UTF-16-LE
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize fp (an object with .read() returning a JSON document) to
    a Python object.  The options are those of loads()."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding a JSON document) to
    a Python object.

    object_hook(dict) / object_pairs_hook(list of pairs): replace each
    decoded object.  parse_float/parse_int/parse_constant: called with the
    text of each float, int, or NaN/Infinity/-Infinity.  cls: the
    JSONDecoder subclass; other keywords (e.g. strict) go to it.
    """
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)",
                                  s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = s.decode(detect_encoding(s), 'surrogatepass')

    if (cls is None and object_hook is None and parse_int is None
            and parse_float is None and parse_constant is None
            and object_pairs_hook is None and not kw):
        return _plain_decoder().decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)
