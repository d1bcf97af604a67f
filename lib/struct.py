"""Convert between Python values and C structs represented as bytes.

Format strings start with an optional byte-order character:
  @: native order, size and alignment (the default)
  =: native order, standard sizes, no alignment
  <: little-endian, standard sizes      >, !: big-endian, standard sizes
followed by items, each an optional repeat count and a code:
  x pad byte, c bytes of length 1, b/B signed/unsigned char, ? bool,
  h/H short, i/I int, l/L long, q/Q long long, n/N ssize_t/size_t (native
  only), e half float, f float, d double, s string (count = length),
  p Pascal string (count = length), P void pointer (native only).

Baton models a little-endian 64-bit (LP64) machine for the native mode.
"""

import math as _math

__all__ = [
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack',
    'Struct', 'error',
]


class error(Exception):
    pass


_ZEROS = bytes(64)


def _zeros(n):
    if n <= 64:
        return _ZEROS[:n]
    return bytes(n)


# --- integers --------------------------------------------------------------

_LONG_MIN = -(1 << 63)
_LONG_MAX = (1 << 63) - 1
_ULONG_MAX = (1 << 64) - 1


def _index(v):
    if isinstance(v, int):
        return v
    method = getattr(type(v), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__)
    result = method(v)
    if not isinstance(result, int):
        raise TypeError("__index__ returned non-int (type %s)" % type(result).__name__)
    return result


def _as_int(v):
    if isinstance(v, int):
        return v
    if hasattr(type(v), '__index__'):
        return _index(v)
    raise error("required argument is not an integer")


def _range_message(code, size, unsigned):
    if unsigned:
        return "'%s' format requires 0 <= number <= %d" % (code, (1 << (8 * size)) - 1)
    top = (1 << (8 * size - 1)) - 1
    return "'%s' format requires %d <= number <= %d" % (code, -top - 1, top)


def _int_packer(size, byteorder, signed, c_lo, c_hi, c_msg, f_lo, f_hi, f_msg):
    """A packer for an integer code.  A value outside [c_lo, c_hi] (what the
    C conversion accepts) fails with c_msg; one outside [f_lo, f_hi] (the
    format's own range) with f_msg."""
    lo = max(c_lo, f_lo)
    hi = min(c_hi, f_hi)
    wrap = (1 << (8 * size)) - 1 if (not signed and lo < 0) else 0

    def pack(v):
        if type(v) is not int:
            v = _as_int(v)
        if lo <= v <= hi:
            if wrap:
                v &= wrap
            return v.to_bytes(size, byteorder, signed=signed)
        if v < c_lo or v > c_hi:
            raise error(c_msg)
        raise error(f_msg)

    return pack


def _int_unpacker(size, byteorder, signed):
    from_bytes = int.from_bytes

    def unpack(data, offset):
        return from_bytes(data[offset:offset + size], byteorder, signed=signed)

    return unpack


def _int_codec(table, code):
    """(size, alignment, packer, unpacker) for an integer code."""
    native = table == '@'
    order = 'big' if table == '>' else 'little'
    OUT = "argument out of range"
    TOO_LARGE = "int too large to convert"
    slong = (_LONG_MIN, _LONG_MAX, OUT)
    ulong = (0, _ULONG_MAX, OUT)
    if code in 'bB':
        size = 1
        signed = code == 'b'
        if signed:
            fmt = (-128, 127, "byte format requires -128 <= number <= 127")
        else:
            fmt = (0, 255, "ubyte format requires 0 <= number <= 255")
        c = slong
    elif code in 'hH':
        size = 2
        signed = code == 'h'
        if table == '>':
            c = slong if signed else ulong
            fmt = None
        elif signed:
            c = slong
            fmt = (-32768, 32767, "short format requires -32768 <= number <= 32767")
        else:
            c = slong
            fmt = (0, 65535, "ushort format requires 0 <= number <= 65535")
    elif code in 'iI' or (code in 'lL' and not native):
        size = 4
        signed = code in 'il'
        c = slong if signed else ulong
        fmt = None
    elif code in 'qQ' and table == '>':
        size = 8
        signed = code == 'q'
        c = (_LONG_MIN, _LONG_MAX, TOO_LARGE) if signed else (0, _ULONG_MAX, TOO_LARGE)
        fmt = None
    elif code == 'P':
        size = 8
        signed = False
        c = fmt = (_LONG_MIN, _ULONG_MAX, TOO_LARGE)
    else:  # l L q Q n N with 8 bytes
        size = 8
        signed = code in 'lqn'
        c = slong if signed else ulong
        fmt = None
    if fmt is None:
        if signed:
            top = (1 << (8 * size - 1)) - 1
            fmt = (-top - 1, top, _range_message(code, size, False))
        else:
            fmt = (0, (1 << (8 * size)) - 1, _range_message(code, size, True))
    packer = _int_packer(size, order, signed, c[0], c[1], c[2], fmt[0], fmt[1], fmt[2])
    unpacker = _int_unpacker(size, order, signed)
    return size, (size if native else 0), packer, unpacker


# --- floats ----------------------------------------------------------------

_FLOAT_LAYOUT = {'e': (5, 10), 'f': (8, 23), 'd': (11, 52)}


def _as_double(v):
    if isinstance(v, float):
        return float.__float__(v)
    t = type(v)
    if hasattr(t, '__float__') or hasattr(t, '__index__'):
        try:
            return float(v)
        except Exception:
            pass
    raise error("required argument is not a float")


def _float_bits(x, exp_bits, mant_bits, code, check_overflow):
    """The IEEE 754 bit pattern of x in a format with exp_bits exponent
    bits and mant_bits fraction bits, rounding to nearest, ties to even."""
    sign_shift = exp_bits + mant_bits
    sign = 1 << sign_shift if _math.copysign(1.0, x) < 0 else 0
    all_ones = (1 << exp_bits) - 1
    if x != x:
        return sign | (all_ones << mant_bits) | (1 << (mant_bits - 1))
    x = abs(x)
    if x == _INF:
        return sign | (all_ones << mant_bits)
    if x == 0.0:
        return sign
    frac, exp = _math.frexp(x)          # x == frac * 2**exp, 0.5 <= frac < 1
    mant = int(_math.ldexp(frac, 53))   # x == mant * 2**(exp - 53), exactly
    bias = (1 << (exp_bits - 1)) - 1
    unbiased = exp - 1
    precision = mant_bits + 1
    if unbiased >= 1 - bias:
        shift = 53 - precision
    else:
        shift = 53 - precision + (1 - bias - unbiased)
    if shift > 0:
        if shift > 54:
            q = 0
        else:
            q = mant >> shift
            rest = mant & ((1 << shift) - 1)
            half = 1 << (shift - 1)
            if rest > half or (rest == half and q & 1):
                q += 1
    else:
        q = mant
    if unbiased < 1 - bias:
        # Subnormal (a carry into the exponent field gives the smallest
        # normal number, which this sum encodes correctly too).
        return sign | q
    if q >> precision:
        q >>= 1
        unbiased += 1
    if unbiased > bias:
        if check_overflow:
            raise OverflowError("float too large to pack with %s format" % code)
        return sign | (all_ones << mant_bits)
    return sign | ((unbiased + bias) << mant_bits) | (q & ((1 << mant_bits) - 1))


def _bits_float(bits, exp_bits, mant_bits):
    sign_shift = exp_bits + mant_bits
    negative = bits >> sign_shift
    field = (bits >> mant_bits) & ((1 << exp_bits) - 1)
    frac = bits & ((1 << mant_bits) - 1)
    bias = (1 << (exp_bits - 1)) - 1
    if field == (1 << exp_bits) - 1:
        x = _NAN if frac else _INF
    elif field == 0:
        x = _math.ldexp(float(frac), 1 - bias - mant_bits)
    else:
        x = _math.ldexp(float(frac | (1 << mant_bits)), field - bias - mant_bits)
    return -x if negative else x


_INF = float('inf')
_NAN = float('nan')


def _float_codec(table, code):
    native = table == '@'
    order = 'big' if table == '>' else 'little'
    exp_bits, mant_bits = _FLOAT_LAYOUT[code]
    size = (1 + exp_bits + mant_bits) // 8
    # The native 'f' is a C cast (overflow gives inf); the others check.
    check = not (native and code == 'f')
    from_bytes = int.from_bytes

    def pack(v):
        x = v if type(v) is float else _as_double(v)
        try:
            bits = _float_bits(x, exp_bits, mant_bits, code, check)
        except OverflowError:
            if isinstance(v, int):
                raise error("int too large to convert") from None
            raise
        return bits.to_bytes(size, order)

    def unpack(data, offset):
        return _bits_float(from_bytes(data[offset:offset + size], order),
                           exp_bits, mant_bits)

    return size, (size if native else 0), pack, unpack


# --- the other codes -------------------------------------------------------

def _pack_char(v):
    if type(v) is bytes and len(v) == 1:
        return v
    raise error("char format requires a bytes object of length 1")


def _unpack_char(data, offset):
    return bytes(data[offset:offset + 1])


def _pack_bool(v):
    return b'\x01' if v else b'\x00'


def _unpack_bool(data, offset):
    return data[offset] != 0


def _string_codec(code, count):
    if code == 's':
        def pack(v):
            if not isinstance(v, (bytes, bytearray)):
                raise error("argument for 's' must be a bytes object")
            n = len(v)
            if n >= count:
                return bytes(v[:count])
            return bytes(v) + _zeros(count - n)

        def unpack(data, offset):
            return bytes(data[offset:offset + count])
    else:
        def pack(v):
            if not isinstance(v, (bytes, bytearray)):
                raise error("argument for 'p' must be a bytes object")
            if count == 0:
                return b''
            n = min(len(v), count - 1)
            return bytes((min(n, 255),)) + bytes(v[:n]) + _zeros(count - 1 - n)

        def unpack(data, offset):
            if count == 0:
                return b''
            n = data[offset]
            if n >= count:
                n = count - 1
            return bytes(data[offset + 1:offset + 1 + n])
    return pack, unpack


_codec_cache = {}


def _codec(table, code):
    """(size, alignment, packer, unpacker) for a fixed-size code, or None
    if the code is not valid in this table."""
    key = table + code
    entry = _codec_cache.get(key)
    if entry is not None:
        return entry
    if code in 'bBhHiIlLqQ' or (table == '@' and code in 'nNP'):
        entry = _int_codec(table, code)
    elif code in 'efd':
        entry = _float_codec(table, code)
    elif code == 'c':
        entry = (1, 0, _pack_char, _unpack_char)
    elif code == '?':
        entry = (1, 0, _pack_bool, _unpack_bool)
    elif code == 'x':
        entry = (1, 0, None, None)
    else:
        return None
    _codec_cache[key] = entry
    return entry


_SSIZE_MAX = (1 << 63) - 1


def _compile(fmt):
    """Parse a format: return (size, packers, unpackers, gaps, offsets).

    gaps[i] is the number of zero bytes before value i (gaps[-1], one
    longer than the values, is the padding at the end); offsets[i] is
    where value i starts."""
    if fmt and fmt[0] in '@=<>!':
        table = fmt[0]
        if table == '=':
            table = '<'
        elif table == '!':
            table = '>'
        i = 1
    else:
        table = '@'
        i = 1 if fmt[:1] == '@' else 0
    n = len(fmt)
    size = 0
    packers = []
    unpackers = []
    offsets = []
    gaps = []
    last_end = 0
    while i < n:
        c = fmt[i]
        i += 1
        if c.isspace():
            continue
        if '0' <= c <= '9':
            count = ord(c) - 48
            while i < n and '0' <= fmt[i] <= '9':
                count = count * 10 + ord(fmt[i]) - 48
                if count > _SSIZE_MAX:
                    raise error("total struct size too long")
                i += 1
            if i >= n:
                raise error("repeat count given without format specifier")
            c = fmt[i]
            i += 1
        else:
            count = 1
        if c in 'sp':
            item_size, align = 1, 0
        else:
            entry = _codec(table, c)
            if entry is None:
                raise error("bad char in struct format")
            item_size, align, packer, unpacker = entry
        if align and size % align:
            size += align - size % align
        if count > (_SSIZE_MAX - size) // item_size:
            raise error("total struct size too long")
        if c in 'sp':
            packer, unpacker = _string_codec(c, count)
            gaps.append(size - last_end)
            offsets.append(size)
            packers.append(packer)
            unpackers.append(unpacker)
            size += count
            last_end = size
        elif c == 'x':
            size += count
        else:
            for _ in range(count):
                gaps.append(size - last_end)
                offsets.append(size)
                packers.append(packer)
                unpackers.append(unpacker)
                size += item_size
                last_end = size
    gaps.append(size - last_end)
    return size, packers, unpackers, gaps, offsets


try:
    _memoryview = memoryview
except NameError:       # not every Baton build has memoryview
    _memoryview = None


def _buffer(data):
    if isinstance(data, (bytes, bytearray)):
        return data
    if _memoryview is not None and isinstance(data, _memoryview):
        return data.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


class Struct(object):
    """Struct(format): a compiled struct format.

    The attributes format and size give the format string and the size in
    bytes of the packed data."""

    def __init__(self, format):
        if isinstance(format, bytes):
            text = format.decode('ascii')
        elif isinstance(format, str):
            text = format
            format.encode('ascii')
        else:
            raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                            % type(format).__name__)
        self.format = text
        (self.size, self._packers, self._unpackers, self._gaps,
         self._offsets) = _compile(text)
        self._count = len(self._packers)

    def _pack(self, values):
        if len(values) != self._count:
            raise error("pack expected %d items for packing (got %d)"
                        % (self._count, len(values)))
        gaps = self._gaps
        parts = []
        append = parts.append
        i = 0
        for packer in self._packers:
            gap = gaps[i]
            if gap:
                append(_zeros(gap))
            append(packer(values[i]))
            i += 1
        if gaps[i]:
            append(_zeros(gaps[i]))
        return b''.join(parts)

    def pack(self, *values):
        """Return a bytes object with the values packed by the format."""
        return self._pack(values)

    def pack_into(self, *args):
        """pack_into(buffer, offset, v1, v2, ...): pack the values into the
        writable buffer starting at offset."""
        if len(args) != self._count + 2:
            if len(args) == 0:
                raise error("pack_into expected buffer argument")
            if len(args) == 1:
                raise error("pack_into expected offset argument")
            raise error("pack_into expected %d items for packing (got %d)"
                        % (self._count, len(args) - 2))
        buffer = args[0]
        if not isinstance(buffer, bytearray):
            raise TypeError("argument must be read-write bytes-like object, not %s"
                            % type(buffer).__name__)
        offset = _index(args[1])
        size = self.size
        n = len(buffer)
        if offset < 0:
            if offset + size > 0:
                raise error("no space to pack %d bytes at offset %d" % (size, offset))
            if offset + n < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, n))
            offset += n
        if n - offset < size:
            raise error("pack_into requires a buffer of at least %d bytes for packing "
                        "%d bytes at offset %d (actual buffer size is %d)"
                        % (size + offset, size, offset, n))
        buffer[offset:offset + size] = self._pack(args[2:])

    def _unpack(self, data, base):
        return tuple([unpacker(data, base + offset)
                      for unpacker, offset in zip(self._unpackers, self._offsets)])

    def unpack(self, buffer):
        """Return a tuple of the values packed in buffer, whose size must be
        exactly self.size."""
        data = _buffer(buffer)
        if len(data) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return self._unpack(data, 0)

    def unpack_from(self, buffer, offset=0):
        """Return a tuple of the values packed in buffer at offset."""
        data = _buffer(buffer)
        offset = _index(offset)
        size = self.size
        n = len(data)
        if offset < 0:
            if offset + n < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, n))
            offset += n
        if n - offset < size:
            raise error("unpack_from requires a buffer of at least %d bytes for "
                        "unpacking %d bytes at offset %d (actual buffer size is %d)"
                        % (size + offset, size, offset, n))
        return self._unpack(data, offset)

    def iter_unpack(self, buffer):
        """Return an iterator yielding a tuple for each consecutive chunk of
        self.size bytes in buffer."""
        data = _buffer(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(data) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes"
                        % self.size)
        return unpack_iterator(self, bytes(data))


class unpack_iterator(object):
    """The iterator returned by iter_unpack()."""

    def __init__(self, struct, data):
        self._struct = struct
        self._data = data
        self._offset = 0

    def __iter__(self):
        return self

    def __next__(self):
        s = self._struct
        if s is None or self._offset >= len(self._data):
            self._struct = None
            raise StopIteration
        offset = self._offset
        self._offset = offset + s.size
        return s._unpack(self._data, offset)

    def __length_hint__(self):
        if self._struct is None:
            return 0
        return (len(self._data) - self._offset) // self._struct.size


_MAXCACHE = 100
_cache = {}


def _clearcache():
    """Clear the internal cache of compiled formats."""
    _cache.clear()


def _get(fmt):
    s = _cache.get(fmt)
    if s is None:
        s = Struct(fmt)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[fmt] = s
    return s


def calcsize(format):
    """Return the size in bytes of the struct described by format."""
    return _get(format).size


def pack(format, *values):
    """Return a bytes object containing the values packed by format."""
    return _get(format)._pack(values)


def pack_into(format, *args):
    """pack_into(format, buffer, offset, v1, v2, ...): pack the values by
    format into the writable buffer starting at offset."""
    return _get(format).pack_into(*args)


def unpack(format, buffer):
    """Unpack buffer (exactly calcsize(format) bytes) by format; return a tuple."""
    return _get(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    """Unpack the bytes of buffer from offset by format; return a tuple."""
    return _get(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    """Iterate over buffer, unpacking calcsize(format) bytes at a time."""
    return _get(format).iter_unpack(buffer)
