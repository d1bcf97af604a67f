"""Base16, Base32, Base64 (RFC 3548/4648), Base85 and Ascii85 data encodings."""

import binascii

__all__ = [
    # Legacy interface exports traditional RFC 2045 Base64 encodings
    'encode', 'decode', 'encodebytes', 'decodebytes',
    # Generalized interface for other encodings
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    # Base85 and Ascii85 encodings
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    # Standard Base64 encoding
    'standard_b64encode', 'standard_b64decode',
    # Some common Base64 alternatives.  As referenced by RFC 3458, see thread
    # starting at:
    #
    # http://zgp.org/pipermail/p2p-hackers/2001-September/000316.html
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)

try:
    _memoryview = memoryview
except NameError:       # not every Baton build has memoryview
    _memoryview = None


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(s, bytes_types):
        return s
    if _memoryview is not None and isinstance(s, _memoryview):
        return s.tobytes()
    raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                    % s.__class__.__name__)


def _as_bytes(b):
    """A bytes-like argument of an encoder."""
    if isinstance(b, bytes_types):
        return b
    if _memoryview is not None and isinstance(b, _memoryview):
        return b.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


# --- Base64 ----------------------------------------------------------------

def b64encode(s, altchars=None):
    """Encode the bytes-like object s with Base64; altchars (2 bytes)
    replaces '+' and '/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 bytes-like object or ASCII string s.

    altchars (2 bytes) are used instead of '+' and '/'.  Characters outside
    the alphabet are discarded unless validate is true, in which case they
    (and misplaced padding) raise binascii.Error."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Encode s with the standard Base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode s, encoded with the standard Base64 alphabet."""
    return b64decode(s)


_urlsafe_encode_translation = bytes.maketrans(b'+/', b'-_')
_urlsafe_decode_translation = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Encode s with the URL- and filesystem-safe alphabet ('-' and '_'
    instead of '+' and '/')."""
    return b64encode(s).translate(_urlsafe_encode_translation)


def urlsafe_b64decode(s):
    """Decode s, encoded with the URL- and filesystem-safe alphabet."""
    s = _bytes_from_decode_data(s)
    s = s.translate(_urlsafe_decode_translation)
    return b64decode(s)


# --- Base32 ----------------------------------------------------------------

_B32_STD = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32_HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
_b32_tables = {}

# Output length of a final group of 1..4 bytes, and the '=' that follow.
_B32_TAIL = {1: 2, 2: 4, 3: 5, 4: 7}
# Number of '=' in a final group -> how many bytes it holds.
_B32_PAD_BYTES = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}


def _b32_pairs(alphabet):
    pairs = _b32_tables.get(alphabet)
    if pairs is None:
        singles = [bytes((c,)) for c in alphabet]
        pairs = [a + b for a in singles for b in singles]
        _b32_tables[alphabet] = pairs
    return pairs


def _b32encode(alphabet, s):
    s = _as_bytes(s)
    pairs = _b32_pairs(alphabet)
    n = len(s)
    rest = n % 5
    if rest:
        s = bytes(s) + bytes(5 - rest)
    out = []
    append = out.append
    for i in range(0, len(s), 5):
        word = int.from_bytes(s[i:i + 5], 'big')
        append(pairs[word >> 30])
        append(pairs[(word >> 20) & 0x3ff])
        append(pairs[(word >> 10) & 0x3ff])
        append(pairs[word & 0x3ff])
    encoded = b''.join(out)
    if rest:
        keep = _B32_TAIL[rest]
        encoded = encoded[:len(encoded) - 8 + keep] + b'=' * (8 - keep)
    return encoded


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    total = len(s)
    s = s.rstrip(b'=')
    pads = total - len(s)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    word = 0
    for i in range(0, len(s), 8):
        word = 0
        for c in s[i:i + 8]:
            v = values.get(c)
            if v is None:
                raise binascii.Error('Non-base32 digit found')
            word = (word << 5) | v
        out += word.to_bytes(5, 'big')
    keep = _B32_PAD_BYTES.get(pads)
    if keep is None:
        raise binascii.Error('Incorrect padding')
    if pads and out:
        word <<= 5 * pads
        out[-5:] = word.to_bytes(5, 'big')[:keep]
    return bytes(out)


def b32encode(s):
    """Encode the bytes-like object s with Base32."""
    return _b32encode(_B32_STD, s)


def b32decode(s, casefold=False, map01=None):
    """Decode the Base32 bytes-like object or ASCII string s.

    casefold accepts lowercase letters; map01 (a single byte) says what
    the digit 1 stands for ('I' or 'L'), and maps 0 to 'O'."""
    return _b32decode(_B32_STD, s, casefold, map01)


def b32hexencode(s):
    """Encode s with the Extended Hex Alphabet Base32 (RFC 4648)."""
    return _b32encode(_B32_HEX, s)


def b32hexdecode(s, casefold=False):
    """Decode s, encoded with the Extended Hex Alphabet Base32."""
    return _b32decode(_B32_HEX, s, casefold)


# --- Base16 ----------------------------------------------------------------

def b16encode(s):
    """Encode the bytes-like object s with Base16 (uppercase hex)."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode the Base16 bytes-like object or ASCII string s; lowercase
    digits are accepted only with casefold."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if s.translate(None, b'0123456789ABCDEF'):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# --- Ascii85 and Base85 ----------------------------------------------------

_A85START = b"<~"
_A85END = b"~>"
_A85_ALPHABET = bytes(range(33, 118))
_B85_ALPHABET = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")


def _85encode(b, alphabet, pad, foldnuls, foldspaces):
    b = _as_bytes(b)
    padding = (-len(b)) % 4
    if padding:
        b = bytes(b) + bytes(padding)
    digits = [bytes((c,)) for c in alphabet]
    out = []
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], 'big')
        if foldnuls and word == 0:
            out.append(b'z')
        elif foldspaces and word == 0x20202020:
            out.append(b'y')
        else:
            d4 = word % 85
            word //= 85
            d3 = word % 85
            word //= 85
            d2 = word % 85
            word //= 85
            d1 = word % 85
            out.append(digits[word // 85] + digits[d1] + digits[d2]
                       + digits[d3] + digits[d4])
    if padding and not pad:
        last = out[-1]
        if last == b'z':
            last = digits[0] * 5
        out[-1] = last[:5 - padding]
    return b''.join(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode the bytes-like object b with Ascii85.

    foldspaces: write 4 spaces as 'y'.  wrapcol: wrap lines at this many
    characters.  pad: pad the input to a multiple of 4 bytes.  adobe: frame
    the result with <~ and ~> as Adobe does."""
    result = _85encode(b, _A85_ALPHABET, pad, True, foldspaces)
    if adobe:
        result = _A85START + result
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + width] for i in range(0, len(result), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')
        result = b'\n'.join(lines)
    if adobe:
        result += _A85END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode the Ascii85 bytes-like object or ASCII string b.

    foldspaces: accept 'y' for 4 spaces.  adobe: the input is framed by
    <~ and ~>.  ignorechars: bytes to skip."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}"
                             .format(_A85END))
        if b.startswith(_A85START):
            b = b[2:-2]
        else:
            b = b[:-2]
    out = []
    group = []
    for c in bytes(b) + b'uuuu':
        if 33 <= c <= 117:
            group.append(c)
            if len(group) == 5:
                word = 0
                for d in group:
                    word = word * 85 + (d - 33)
                if word > 0xffffffff:
                    raise ValueError('Ascii85 overflow')
                out.append(word.to_bytes(4, 'big'))
                group = []
        elif c == 122:      # z
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out.append(b'\0\0\0\0')
        elif foldspaces and c == 121:   # y
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out.append(b'    ')
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    result = b''.join(out)
    unused = 4 - len(group)
    if unused:
        result = result[:-unused]
    return result


def b85encode(b, pad=False):
    """Encode the bytes-like object b with base85 (as in git); pad pads the
    input to a multiple of 4 bytes first."""
    return _85encode(b, _B85_ALPHABET, pad, False, False)


_b85_values = None


def b85decode(b):
    """Decode the base85 bytes-like object or ASCII string b."""
    global _b85_values
    if _b85_values is None:
        values = [-1] * 256
        for i, c in enumerate(_B85_ALPHABET):
            values[c] = i
        _b85_values = values
    values = _b85_values
    b = _bytes_from_decode_data(b)
    padding = (-len(b)) % 5
    b = bytes(b) + b'~' * padding
    out = []
    for i in range(0, len(b), 5):
        word = 0
        for j in range(i, i + 5):
            v = values[b[j]]
            if v < 0:
                raise ValueError('bad base85 character at position %d' % j)
            word = word * 85 + v
        if word > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out.append(word.to_bytes(4, 'big'))
    result = b''.join(out)
    if padding:
        result = result[:-padding]
    return result


# --- the legacy interface --------------------------------------------------

MAXLINESIZE = 76    # Excluding the CRLF
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encode(input, output):
    """Encode the binary file input to the file output (lines of Base64)."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            ns = input.read(MAXBINSIZE - len(s))
            if not ns:
                break
            s += ns
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decode the Base64 file input to the binary file output."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


def _input_type_check(s):
    if not isinstance(s, bytes_types) and not (
            _memoryview is not None and isinstance(s, _memoryview)):
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__)


def encodebytes(s):
    """Encode a bytes-like object into lines of at most 76 characters of
    Base64, each followed by a newline."""
    _input_type_check(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b''.join(pieces)


def decodebytes(s):
    """Decode a bytes-like object holding lines of Base64."""
    _input_type_check(s)
    return binascii.a2b_base64(s)
