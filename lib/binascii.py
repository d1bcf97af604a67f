"""Conversion between binary data and ASCII (base64, hexadecimal) and CRCs.

A pure-Python binascii for Baton: b2a_base64/a2b_base64, b2a_hex/a2b_hex
(hexlify/unhexlify), crc32 and crc_hqx, and the Error/Incomplete
exceptions.
"""

__all__ = [
    'Error', 'Incomplete', 'a2b_base64', 'b2a_base64', 'a2b_hex', 'b2a_hex',
    'hexlify', 'unhexlify', 'crc32', 'crc_hqx',
]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


try:
    _memoryview = memoryview
except NameError:       # not every Baton build has memoryview
    _memoryview = None


def _binary(data):
    """The bytes-like argument of a b2a_* function."""
    if isinstance(data, (bytes, bytearray)):
        return data
    if _memoryview is not None and isinstance(data, _memoryview):
        return data.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _ascii(data):
    """The argument of an a2b_* function: bytes-like or an ASCII str."""
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if _memoryview is not None and isinstance(data, _memoryview):
        return data.tobytes()
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                    % type(data).__name__)


# --- base64 ----------------------------------------------------------------

_B64_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_JUNK = bytes(c for c in range(256) if c not in _B64_ALPHABET and c != 61)
_b64_pairs = None        # 4096 two-character strings, indexed by 12 bits
_b64_values = None       # byte -> sextet, or -1 for a non-alphabet byte


def _encode_tables():
    global _b64_pairs
    if _b64_pairs is None:
        singles = [bytes((c,)) for c in _B64_ALPHABET]
        _b64_pairs = [a + b for a in singles for b in singles]
    return _b64_pairs


def _decode_table():
    global _b64_values
    if _b64_values is None:
        values = [-1] * 256
        for i, c in enumerate(_B64_ALPHABET):
            values[c] = i
        _b64_values = values
    return _b64_values


def b2a_base64(data, *, newline=True):
    """Base64-code a line of data (with a trailing newline by default)."""
    data = _binary(data)
    pairs = _encode_tables()
    n = len(data)
    full = n - n % 3
    out = []
    append = out.append
    for i in range(0, full, 3):
        word = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        append(pairs[word >> 12])
        append(pairs[word & 0xfff])
    rest = n - full
    if rest == 1:
        word = data[full] << 4
        append(pairs[word])
        append(b'==')
    elif rest == 2:
        word = (data[full] << 10) | (data[full + 1] << 2)
        append(pairs[word >> 6])
        append(_B64_ALPHABET[word & 0x3f:(word & 0x3f) + 1] + b'=')
    if newline:
        append(b'\n')
    return b''.join(out)


def _decode_quads(s, values, count):
    """Decode the first count characters of s (all in the alphabet, count a
    multiple of 4)."""
    out = bytearray()
    for i in range(0, count, 4):
        word = ((values[s[i]] << 18) | (values[s[i + 1]] << 12)
                | (values[s[i + 2]] << 6) | values[s[i + 3]])
        out += word.to_bytes(3, 'big')
    return out


def a2b_base64(data, *, strict_mode=False):
    """Decode a line of base64 data.

    Characters outside the alphabet are skipped (with strict_mode, they and
    misplaced padding raise Error)."""
    s = _ascii(data)
    values = _decode_table()
    if not strict_mode:
        # Bytes outside the alphabet (other than '=') are simply skipped.
        s = s.translate(None, _B64_JUNK)
    n = len(s)
    # The common case: only alphabet characters, with at most two '=' at
    # the end of a whole number of quads.
    if n % 4 == 0 and not s[:n - 2].translate(None, _B64_ALPHABET):
        tail = s[n - 2:]
        if not tail.translate(None, _B64_ALPHABET):
            return bytes(_decode_quads(s, values, n))
        if tail == b'==' or (tail[1:] == b'=' and values[tail[0]] >= 0):
            out = _decode_quads(s, values, n - 4)
            c0, c1, c2 = s[n - 4], s[n - 3], s[n - 2]
            word = (values[c0] << 18) | (values[c1] << 12)
            if c2 == 61:
                out.append(word >> 16)
            else:
                word |= values[c2] << 6
                out += (word >> 8).to_bytes(2, 'big')
            return bytes(out)
    return _a2b_base64_general(s, values, strict_mode)


def _a2b_base64_general(s, values, strict_mode):
    out = bytearray()
    word = 0          # bits of the quad read so far
    have = 0          # how many sextets of the current quad are in word
    pads = 0          # consecutive '=' after the quad's data
    padding_seen = False
    n = len(s)
    for i in range(n):
        c = s[i]
        if c == 61:   # '='
            padding_seen = True
            if strict_mode and have == 0 and i == 0:
                raise Error("Leading padding not allowed")
            if have >= 2:
                pads += 1
                if have + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise Error("Excess data after padding")
                    # The quad's bytes were already written: stop here.
                    return bytes(out)
            continue
        v = values[c]
        if v < 0:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_seen:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        word = (word << 6) | v
        have += 1
        if have == 2:
            out.append(word >> 4)
            word &= 0xf
        elif have == 3:
            out.append(word >> 2)
            word &= 0x3
        elif have == 4:
            out.append(word & 0xff)
            word = 0
            have = 0
    if have == 1:
        raise Error("Invalid base64-encoded string: number of data characters "
                    "(%d) cannot be 1 more than a multiple of 4"
                    % (len(out) // 3 * 4 + 1))
    if have:
        raise Error("Incorrect padding")
    return bytes(out)


# --- hexadecimal -----------------------------------------------------------

_HEX_DIGITS = b'0123456789abcdefABCDEF'


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data, optionally with sep (one
    character) between every bytes_per_sep bytes (counted from the right;
    from the left if negative)."""
    data = _binary(data)
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('latin-1')


hexlify = b2a_hex


def a2b_hex(hexstr):
    """Binary data of a hexadecimal representation (an even number of hex
    digits, nothing else)."""
    s = _ascii(hexstr)
    if len(s) % 2:
        raise Error("Odd-length string")
    if s.translate(None, _HEX_DIGITS):
        raise Error("Non-hexadecimal digit found")
    return bytes.fromhex(s.decode('ascii'))


unhexlify = a2b_hex


# --- CRCs ------------------------------------------------------------------

_crc32_table = None
_crc_hqx_table = None


def crc32(data, crc=0):
    """The CRC-32 of data, continuing from crc."""
    global _crc32_table
    data = _binary(data)
    table = _crc32_table
    if table is None:
        table = []
        for i in range(256):
            v = i
            for _ in range(8):
                v = (v >> 1) ^ 0xEDB88320 if v & 1 else v >> 1
            table.append(v)
        _crc32_table = table
    crc = ~crc & 0xffffffff
    for b in data:
        crc = table[(crc ^ b) & 0xff] ^ (crc >> 8)
    return ~crc & 0xffffffff


def crc_hqx(data, crc):
    """The CRC-CCITT (XMODEM, polynomial 0x1021) of data, continuing from crc."""
    global _crc_hqx_table
    data = _binary(data)
    table = _crc_hqx_table
    if table is None:
        table = []
        for i in range(256):
            v = i << 8
            for _ in range(8):
                v = ((v << 1) ^ 0x1021) & 0xffff if v & 0x8000 else (v << 1) & 0xffff
            table.append(v)
        _crc_hqx_table = table
    crc = crc & 0xffff
    for b in data:
        crc = ((crc << 8) & 0xff00) ^ table[(crc >> 8) ^ b]
    return crc
