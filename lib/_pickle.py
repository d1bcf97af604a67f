"""The pickle engine: Pickler, Unpickler, dump, dumps, load, loads.

This plays the part of CPython's C accelerator `_pickle`, whose output it
reproduces byte for byte (framing, memo opcodes, batching).  `pickle`
re-exports it.

Both directions run in an "engine": a set of closures sharing their state
(the output buffer, the memo, the input data and position, ...) through
cells, which is much cheaper than attribute access on an object.  Building
an engine costs a few dozen function objects, so finished engines are kept
in a small pool and reused; a pickle made while another is being made (from
a __reduce__ method, say) simply takes a second engine.
"""

import sys
from copyreg import dispatch_table as _copyreg_dispatch_table
from copyreg import _extension_registry, _inverted_registry, _extension_cache
from math import frexp as _frexp, ldexp as _ldexp, copysign as _copysign

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class _Stop(Exception):
    pass


# ---------------------------------------------------------------------------
# Helpers shared by both directions

_FRAME_SIZE_TARGET = 64 * 1024
_FRAME_SIZE_MIN = 4
_BATCHSIZE = 1000
_NO_FRAMING = 1 << 62           # a frame limit that is never reached

_INF = float("inf")
_NAN = float("nan")

try:
    _intern = sys.intern
except AttributeError:          # pragma: no cover
    def _intern(s):
        return s


def _double_bits(x):
    """The IEEE 754 binary64 bit pattern of the float x, as an int."""
    m, e = _frexp(x)            # x == m * 2**e, 0.5 <= abs(m) < 1
    if m > 0.0:
        sign = 0
    elif m < 0.0:
        sign = 0x8000000000000000
        m = -m
    elif m == 0.0:
        return 0x8000000000000000 if _copysign(1.0, x) < 0.0 else 0
    else:                       # a NaN: keep its sign, quiet payload
        return 0xFFF8000000000000 if _copysign(1.0, x) < 0.0 else 0x7FF8000000000000
    if m == _INF:
        return sign | 0x7FF0000000000000
    if e >= -1021:              # normal: 53 significant bits, leading 1 implied
        return sign | ((e + 1022) << 52) | (int(m * 9007199254740992.0) - 0x10000000000000)
    return sign | int(_ldexp(m, e + 1074))      # subnormal


def _unpack_double(b):
    bits = int.from_bytes(b, "big")
    e = (bits >> 52) & 0x7FF
    f = bits & 0xFFFFFFFFFFFFF
    if e == 0:
        v = _ldexp(float(f), -1074)
    elif e == 0x7FF:
        v = _NAN if f else _INF
    else:
        v = _ldexp(float(f | 0x10000000000000), e - 1075)
    return -v if bits >> 63 else v


def _raw_unicode_escape(s):
    """Protocol 0's UNICODE argument: raw-unicode-escape, plus \\uXXXX for
    the characters that would break the line-based format."""
    if "\\" in s:
        s = s.replace("\\", "\\u005c")
    if "\n" in s:
        s = s.replace("\n", "\\u000a")
    if "\r" in s:
        s = s.replace("\r", "\\u000d")
    if "\0" in s:
        s = s.replace("\0", "\\u0000")
    if "\x1a" in s:
        s = s.replace("\x1a", "\\u001a")
    return s.encode("raw_unicode_escape")


_SIMPLE_ESCAPES = {
    ord("\n"): b"", ord("\\"): b"\\", ord("'"): b"'", ord('"'): b'"',
    ord("a"): b"\a", ord("b"): b"\b", ord("f"): b"\f", ord("n"): b"\n",
    ord("r"): b"\r", ord("t"): b"\t", ord("v"): b"\v",
}
_HEXDIGITS = b"0123456789abcdefABCDEF"


def _decode_escapes(s):
    """Decode the backslash escapes of a bytes literal (STRING's argument)."""
    if b"\\" not in s:
        return s
    out = bytearray()
    i = 0
    n = len(s)
    while i < n:
        j = s.find(b"\\", i)
        if j < 0:
            out += s[i:]
            break
        out += s[i:j]
        i = j + 1
        if i >= n:
            raise ValueError("Trailing \\ in string")
        c = s[i]
        simple = _SIMPLE_ESCAPES.get(c)
        if simple is not None:
            out += simple
            i += 1
        elif 0x30 <= c <= 0x37:             # up to three octal digits
            v = c - 0x30
            i += 1
            for _ in range(2):
                if i < n and 0x30 <= s[i] <= 0x37:
                    v = v * 8 + s[i] - 0x30
                    i += 1
                else:
                    break
            out.append(v & 0xFF)
        elif c == 0x78:                      # \xhh
            h = s[i + 1:i + 3]
            if len(h) == 2 and h[0] in _HEXDIGITS and h[1] in _HEXDIGITS:
                out.append(int(h, 16))
                i += 3
            else:
                raise ValueError("invalid \\x escape at position %d" % (j,))
        else:                                # unknown escape: kept as is
            out += b"\\"
    return bytes(out)


def _strtol(s):
    """C's strtol(s, &end, 0) on bytes: (value, end) or None on overflow."""
    n = len(s)
    i = 0
    while i < n and s[i] in b" \t\n\v\f\r":
        i += 1
    neg = False
    if i < n and s[i] in b"+-":
        neg = s[i] == 0x2D
        i += 1
    base = 10
    if i < n and s[i] == 0x30:
        if s[i + 1:i + 2] in (b"x", b"X") and i + 2 < n and s[i + 2] in _HEXDIGITS:
            base = 16
            i += 2
        else:
            base = 8
    start = i
    v = 0
    while i < n:
        c = s[i]
        if 0x30 <= c <= 0x39:
            d = c - 0x30
        elif 0x61 <= c <= 0x66:
            d = c - 0x57
        elif 0x41 <= c <= 0x46:
            d = c - 0x37
        else:
            break
        if d >= base:
            break
        v = v * base + d
        i += 1
    if i == start:
        return 0, 0
    if neg:
        v = -v
    if not -0x8000000000000000 <= v <= 0x7FFFFFFFFFFFFFFF:
        return None
    return v, i


def _load_int_line(line):
    """The value of an INT opcode's argument line (bytes ending in \\n)."""
    nul = line.find(b"\0")
    s = line[:nul] if nul >= 0 else line
    r = _strtol(s)
    if r is not None:
        x, stop = r
        if stop == len(s) or s[stop] == 0x0A:
            if len(line) == 3 and (x == 0 or x == 1):
                return x == 1
            return x
    try:
        return int(s.decode("latin-1"), 0)
    except ValueError:
        raise ValueError("could not convert string to int") from None


def _c_int(s, base=10):
    """int() of bytes the way C's PyLong_FromString sees them: up to the
    first NUL, decoded as UTF-8."""
    nul = s.find(b"\0")
    if nul >= 0:
        s = s[:nul]
    return int(s.decode("utf-8"), base)


def _float_error(text, line):
    """The error CPython's FLOAT opcode gives for text that is not a float:
    its own message if a number starts the text, else the parser's."""
    for k in range(min(len(text), 64), 0, -1):
        prefix = text[:k]
        if prefix == prefix.strip() and "_" not in prefix:
            try:
                float(prefix)
            except ValueError:
                continue
            return ValueError("could not convert string to float")
    nul = line.find(b"\0")
    return ValueError("could not convert string to float: '%s'"
                      % (line[:nul] if nul >= 0 else line).decode("latin-1"))


def _codecs_encode(obj, encoding="utf-8", errors="strict"):
    return obj.encode(encoding, errors)


# Protocols 0-2 save bytes as _codecs.encode(str, 'latin1'); Baton has no
# _codecs module, so this stand-in is saved under that name instead (and
# found again by find_class when the real module is missing).
_codecs_encode.__module__ = "_codecs"
_codecs_encode.__name__ = "encode"
_codecs_encode.__qualname__ = "encode"

_LATIN1 = "latin1"
_FunctionType = type(_codecs_encode)
_BuiltinFunctionType = type(len)
_ModuleType = type(sys)
_NoneType = type(None)
_EllipsisType = type(Ellipsis)
_NotImplementedType = type(NotImplemented)


class _MethodHolder:
    def method(self):
        pass


_MethodType = type(_MethodHolder().method)
_MethodDescriptorType = type(list.append)
del _MethodHolder


def _reduce_builtin_function(f):
    owner = getattr(f, "__self__", None)
    if owner is None or isinstance(owner, _ModuleType):
        return f.__name__
    return getattr, (owner, f.__name__)


def _reduce_method(m):
    return getattr, (m.__self__, m.__func__.__name__)


def _reduce_method_descriptor(d):
    owner = getattr(d, "__objclass__", None)
    if owner is None:
        raise TypeError("cannot pickle %r object" % type(d).__name__)
    return getattr, (owner, d.__name__)


def _reduce_module(m):
    raise TypeError("cannot pickle 'module' object")


# How CPython reduces some built-in types whose __reduce_ex__ Baton lacks.
_BUILTIN_REDUCE = {
    _BuiltinFunctionType: _reduce_builtin_function,
    _MethodType: _reduce_method,
    _MethodDescriptorType: _reduce_method_descriptor,
    _ModuleType: _reduce_module,
    _EllipsisType: lambda obj: "Ellipsis",
    _NotImplementedType: lambda obj: "NotImplemented",
}

_compat = None


def _compat_tables():
    global _compat
    if _compat is None:
        import _compat_pickle
        _compat = _compat_pickle
    return _compat


def _check_protocol(protocol):
    if protocol is None:
        return DEFAULT_PROTOCOL
    if not isinstance(protocol, int):
        index = getattr(type(protocol), "__index__", None)
        if index is None:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(protocol).__name__)
        protocol = index(protocol)
    if protocol < 0:
        return HIGHEST_PROTOCOL
    if protocol > HIGHEST_PROTOCOL:
        raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
    return int(protocol)


def _split_dotted(name, obj):
    """name.split('.'), refusing '<locals>' components."""
    parts = name.split(".")
    if "<locals>" in parts:
        if obj is None:
            raise AttributeError("Can't pickle local object %r" % (name,))
        raise AttributeError("Can't pickle local attribute %r on %r" % (name, obj))
    return parts


def _getattribute(obj, name, allow_qualname=True):
    if allow_qualname:
        parts = _split_dotted(name, obj)
    else:
        parts = (name,)
    value = obj
    for part in parts:
        try:
            value = getattr(value, part)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, obj)) from None
    return value


def _deep_lookup(module, parts):
    """(parent, value) for module.a.b.c, or (None, None) if a lookup fails."""
    parent = None
    value = module
    try:
        for part in parts:
            parent = value
            value = getattr(value, part)
    except Exception:
        return None, None
    return parent, value


def whichmodule(obj, name):
    """The name of the module obj (whose qualified name is name) lives in."""
    module_name = getattr(obj, "__module__", None)
    if module_name is not None:
        return module_name
    parts = name.split(".") if isinstance(name, str) else name
    for module_name, module in list(sys.modules.items()):
        if module_name == "__main__" or module is None:
            continue
        try:
            value = module
            for part in parts:
                value = getattr(value, part)
        except AttributeError:
            continue
        if value is obj:
            return module_name
    return "__main__"


def _find_class(module_name, global_name, proto, fix_imports):
    if proto < 3 and fix_imports:
        compat = _compat_tables()
        key = (module_name, global_name)
        if key in compat.NAME_MAPPING:
            module_name, global_name = compat.NAME_MAPPING[key]
        elif module_name in compat.IMPORT_MAPPING:
            module_name = compat.IMPORT_MAPPING[module_name]
    try:
        __import__(module_name, None, None, ["__doc__"], 0)
        module = sys.modules[module_name]
    except ImportError:
        if module_name != "_codecs":
            raise
        module = _codecs_fallback()
    return _getattribute(module, global_name, proto >= 4)


_codecs_module = None


def _codecs_fallback():
    """A stand-in for the _codecs module (Baton has none) holding encode."""
    global _codecs_module
    if _codecs_module is None:
        _codecs_module = _ModuleType("_codecs")
        _codecs_module.encode = _codecs_encode
    return _codecs_module


def _instantiate(cls, args):
    if not args and isinstance(cls, type) and not hasattr(cls, "__getinitargs__"):
        return cls.__new__(cls)
    return cls(*args)


class PickleBuffer:
    """Wrapper for a buffer to be pickled out-of-band (protocol 5).

    Baton has no memoryview: the wrapped object (bytes or bytearray) is
    what raw() returns.
    """

    __slots__ = ("_obj", "readonly")

    def __init__(self, buffer):
        if isinstance(buffer, PickleBuffer):
            buffer = buffer.raw()
        if isinstance(buffer, bytes):
            self.readonly = True
        elif isinstance(buffer, bytearray):
            self.readonly = False
        else:
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(buffer).__name__)
        self._obj = buffer

    def raw(self):
        if self._obj is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return self._obj

    def release(self):
        self._obj = None

    def __bytes__(self):
        return bytes(self.raw())

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'pickle.PickleBuffer' object")


PickleBuffer.__module__ = "pickle"


# ---------------------------------------------------------------------------
# Pickling

_tables = None


def _byte_tables():
    global _tables
    if _tables is None:
        one = [bytes((i,)) for i in range(256)]
        _tables = (
            [b"K" + b for b in one],        # BININT1
            [b"C" + b for b in one],        # SHORT_BINBYTES
            [b"\x8c" + b for b in one],     # SHORT_BINUNICODE
            [b"h" + b for b in one],        # BINGET
            [b"q" + b for b in one],        # BINPUT
            one,
        )
    return _tables


def _new_pickle_engine():
    K, SBB, SBU, BINGET, BINPUT, U8 = _byte_tables()
    TUPLE_OPS = (b")", b"\x85", b"\x86", b"\x87")

    buf = bytearray()       # the open frame (or all pending output if no framing)
    out = bytearray()       # committed output
    write = None            # file.write, or None for dumps()
    frame_limit = _NO_FRAMING
    framing = False
    proto = 0
    binary = False
    memo = {}               # id(obj) -> memo index
    memo_get = memo.get
    keep = None             # appends to the list keeping memoized objects alive
    fast = False
    pers_func = None
    override = None
    table = None
    buffer_callback = None
    fix_imports = False
    bf_modnames = None

    def commit_frame():
        nonlocal out
        n = len(buf)
        if n:
            if framing and n >= _FRAME_SIZE_MIN:
                out += b"\x95" + n.to_bytes(8, "little")
            out += buf
            buf.clear()

    def frame_boundary():
        commit_frame()
        if write is not None:
            write(bytes(out))
            out.clear()

    def write_large(header, payload):
        nonlocal buf, out
        if len(payload) >= _FRAME_SIZE_TARGET:
            commit_frame()
            out += header
            if write is not None:
                write(bytes(out))
                out.clear()
                write(payload)
            else:
                out += payload
        else:
            buf += header
            buf += payload

    def memo_put(obj):
        nonlocal buf
        if fast:
            return
        idx = len(memo)
        memo[id(obj)] = idx
        keep(obj)
        if proto >= 4:
            buf += b"\x94"
        elif binary:
            if idx < 256:
                buf += BINPUT[idx]
            elif idx <= 0xFFFFFFFF:
                buf += b"r" + idx.to_bytes(4, "little")
            else:
                raise PicklingError("memo id too large for LONG_BINPUT")
        else:
            buf += b"p%d\n" % idx

    def write_get(idx):
        nonlocal buf
        if binary:
            if idx < 256:
                buf += BINGET[idx]
            elif idx <= 0xFFFFFFFF:
                buf += b"j" + idx.to_bytes(4, "little")
            else:
                raise PicklingError("memo id too large for LONG_BINGET")
        else:
            buf += b"g%d\n" % idx

    def save_body(obj):
        # save() when there is no persistent_id(); the common types first.
        nonlocal buf
        if len(buf) >= frame_limit:
            frame_boundary()
        t = type(obj)
        if t is int:
            if binary:
                if 0 <= obj < 256:
                    buf += K[obj]
                    return
                if 0 <= obj < 65536:
                    buf += b"M" + obj.to_bytes(2, "little")
                    return
                if -0x80000000 <= obj < 0x80000000:
                    buf += b"J" + obj.to_bytes(4, "little", signed=True)
                    return
            save_long(obj)
            return
        if t is str:
            x = memo_get(id(obj))
            if x is not None:
                if x < 256 and binary:
                    buf += BINGET[x]
                else:
                    write_get(x)
                return
            if short_str:
                data = obj.encode("utf-8", "surrogatepass")
                n = len(data)
                if n < 256:
                    buf += SBU[n]
                    buf += data
                    memo[id(obj)] = len(memo)
                    keep(obj)
                    buf += b"\x94"
                    return
            save_new_str(obj)
            return
        if obj is None:
            buf += b"N"
            return
        if t is float:
            if binary:
                m, e = _frexp(obj)
                if m > 0.0 and e >= -1021 and m != _INF:     # positive normal
                    buf += b"G" + (((e + 1022) << 52) | (int(m * 9007199254740992.0)
                                   - 0x10000000000000)).to_bytes(8, "big")
                else:
                    buf += b"G" + _double_bits(obj).to_bytes(8, "big")
            else:
                buf += b"F" + repr(obj).encode("ascii") + b"\n"
            return
        f = dispatch_get(t)
        if f is not None:
            f(obj)
            return
        x = memo_get(id(obj))
        if x is not None:
            write_get(x)
            return
        save_other(obj, t)

    def save_with_pers(obj):
        # save() when the pickler has a persistent_id(): ask it first.
        pid = pers_func(obj)
        if pid is not None:
            save_pers(pid)
        else:
            save_body(obj)

    def save_pers(pid):
        nonlocal buf
        if binary:
            save_body(pid)
            buf += b"Q"
        else:
            s = str(pid)
            if not s.isascii():
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
            buf += b"P" + s.encode("ascii") + b"\n"

    def save_none(obj):
        nonlocal buf
        buf += b"N"

    def save_bool(obj):
        nonlocal buf
        if proto >= 2:
            buf += b"\x88" if obj else b"\x89"
        else:
            buf += b"I01\n" if obj else b"I00\n"

    def save_long(obj):
        nonlocal buf
        if -0x80000000 <= obj < 0x80000000:
            if binary:
                if 0 <= obj < 256:
                    buf += K[obj]
                elif 0 <= obj < 65536:
                    buf += b"M" + obj.to_bytes(2, "little")
                else:
                    buf += b"J" + obj.to_bytes(4, "little", signed=True)
            else:
                buf += b"I%d\n" % obj
            return
        if proto >= 2:
            n = (obj.bit_length() >> 3) + 1
            if n > 0x7FFFFFFF:
                raise OverflowError("int too large to pickle")
            data = obj.to_bytes(n, "little", signed=True)
            if obj < 0 and n > 1 and data[-1] == 0xFF and data[-2] & 0x80:
                n -= 1
                data = data[:n]
            if n < 256:
                buf += b"\x8a" + U8[n]
            else:
                buf += b"\x8b" + n.to_bytes(4, "little")
            buf += data
        else:
            buf += b"L" + repr(obj).encode("ascii") + b"L\n"

    def save_float(obj):
        nonlocal buf
        if binary:
            buf += b"G" + _double_bits(obj).to_bytes(8, "big")
        else:
            buf += b"F" + repr(obj).encode("ascii") + b"\n"

    def save_bytes(obj):
        nonlocal buf
        x = memo_get(id(obj))
        if x is not None:
            write_get(x)
            return
        if proto < 3:
            if obj:
                save_reduce((_codecs_encode, (str(obj, _LATIN1), _LATIN1)), obj)
            else:
                save_reduce((bytes, ()), obj)
            return
        n = len(obj)
        if n < 256:
            buf += SBB[n]
            buf += obj
        elif n <= 0xFFFFFFFF:
            write_large(b"B" + n.to_bytes(4, "little"), obj)
        elif proto >= 4:
            write_large(b"\x8e" + n.to_bytes(8, "little"), obj)
        else:
            raise OverflowError("serializing a bytes object larger than 4 GiB "
                                "requires pickle protocol 4 or higher")
        memo_put(obj)

    def save_bytearray(obj):
        x = memo_get(id(obj))
        if x is not None:
            write_get(x)
            return
        if proto < 5:
            if obj:
                save_reduce((bytearray, (bytes(obj),)), obj)
            else:
                save_reduce((bytearray, ()), obj)
            return
        write_large(b"\x96" + len(obj).to_bytes(8, "little"), obj)
        memo_put(obj)

    def save_picklebuffer(obj):
        nonlocal buf
        x = memo_get(id(obj))
        if x is not None:
            write_get(x)
            return
        if proto < 5:
            raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
        data = obj.raw()
        in_band = True
        if buffer_callback is not None:
            in_band = bool(buffer_callback(obj))
        if in_band:
            n = len(data)
            if obj.readonly:
                if n < 256:
                    buf += SBB[n]
                    buf += data
                elif n <= 0xFFFFFFFF:
                    write_large(b"B" + n.to_bytes(4, "little"), data)
                else:
                    write_large(b"\x8e" + n.to_bytes(8, "little"), data)
            else:
                write_large(b"\x96" + n.to_bytes(8, "little"), data)
            memo_put(obj)
        else:
            buf += b"\x97\x98" if obj.readonly else b"\x97"

    def save_new_str(obj):
        nonlocal buf
        if binary:
            data = obj.encode("utf-8", "surrogatepass")
            n = len(data)
            if n < 256 and proto >= 4:
                buf += SBU[n]
                buf += data
            elif n <= 0xFFFFFFFF:
                write_large(b"X" + n.to_bytes(4, "little"), data)
            elif proto >= 4:
                write_large(b"\x8d" + n.to_bytes(8, "little"), data)
            else:
                raise OverflowError("serializing a string larger than 4 GiB "
                                    "requires pickle protocol 4 or higher")
        else:
            buf += b"V" + _raw_unicode_escape(obj) + b"\n"
        memo_put(obj)

    def save_tuple(obj):
        nonlocal buf
        x = memo_get(id(obj))
        if x is not None:
            write_get(x)
            return
        n = len(obj)
        if not n:
            buf += b")" if binary else b"(t"
            return
        if n <= 3 and proto >= 2:
            for item in obj:
                save(item)
            x = memo_get(id(obj))
            if x is not None:               # recursive: drop the items
                buf += b"0" * n
                write_get(x)
                return
            buf += TUPLE_OPS[n]
        else:
            buf += b"("
            for item in obj:
                save(item)
            x = memo_get(id(obj))
            if x is not None:
                buf += b"1" if binary else b"0" * (n + 1)
                write_get(x)
                return
            buf += b"t"
        if short_str:
            memo[id(obj)] = len(memo)
            keep(obj)
            buf += b"\x94"
        else:
            memo_put(obj)

    def save_list(obj):
        nonlocal buf
        x = memo_get(id(obj))
        if x is not None:
            write_get(x)
            return
        if short_str:
            memo[id(obj)] = len(memo)
            keep(obj)
            buf += b"]\x94"
        else:
            buf += b"]" if binary else b"(l"
            memo_put(obj)
        n = len(obj)
        if not n:
            return
        if not binary:
            for item in obj:
                save(item)
                buf += b"a"
            return
        if n == 1:
            save(obj[0])
            buf += b"a"
            return
        total = 0
        while True:
            buf += b"("
            batch = obj[total:total + _BATCHSIZE]
            for item in batch:
                save(item)
            total += len(batch)
            buf += b"e"
            if total >= len(obj):
                break

    def save_dict(obj):
        nonlocal buf
        x = memo_get(id(obj))
        if x is not None:
            write_get(x)
            return
        if short_str:
            memo[id(obj)] = len(memo)
            keep(obj)
            buf += b"}\x94"
        else:
            buf += b"}" if binary else b"(d"
            memo_put(obj)
        n = len(obj)
        if not n:
            return
        if not binary:
            batch_dict(iter(obj.items()))
            return
        if n == 1:
            for k, v in obj.items():
                save(k)
                save(v)
            buf += b"s"
            return
        items = iter(obj.items())
        direct = save is save_body
        while True:
            buf += b"("
            i = 0
            for k, v in items:
                if direct and type(k) is str:
                    # inline save() of a key already in the memo
                    if len(buf) >= frame_limit:
                        frame_boundary()
                    x = memo_get(id(k))
                    if x is not None and x < 256:
                        buf += BINGET[x]
                    else:
                        save(k)
                else:
                    save(k)
                save(v)
                i += 1
                if i == _BATCHSIZE:
                    break
            buf += b"u"
            if len(obj) != n:
                raise RuntimeError("dictionary changed size during iteration")
            if i != _BATCHSIZE:
                break

    def save_set(obj):
        nonlocal buf
        x = memo_get(id(obj))
        if x is not None:
            write_get(x)
            return
        if proto < 4:
            save_reduce((set, (list(obj),)), obj)
            return
        buf += b"\x8f"
        memo_put(obj)
        n = len(obj)
        if not n:
            return
        items = iter(obj)
        while True:
            buf += b"("
            i = 0
            for item in items:
                save(item)
                i += 1
                if i == _BATCHSIZE:
                    break
            buf += b"\x90"
            if len(obj) != n:
                raise RuntimeError("set changed size during iteration")
            if i != _BATCHSIZE:
                break

    def save_frozenset(obj):
        nonlocal buf
        x = memo_get(id(obj))
        if x is not None:
            write_get(x)
            return
        if proto < 4:
            save_reduce((frozenset, (list(obj),)), obj)
            return
        buf += b"("
        for item in obj:
            save(item)
        x = memo_get(id(obj))
        if x is not None:
            buf += b"1"
            write_get(x)
            return
        buf += b"\x91"
        memo_put(obj)

    def batch_list(items):
        nonlocal buf
        if not binary:
            for item in items:
                save(item)
                buf += b"a"
            return
        end = _Stop            # any object the iterator cannot produce
        while True:
            first = next(items, end)
            if first is end:
                return
            second = next(items, end)
            if second is end:
                save(first)
                buf += b"a"
                return
            buf += b"("
            save(first)
            save(second)
            n = 2
            if n < _BATCHSIZE:
                for item in items:
                    save(item)
                    n += 1
                    if n == _BATCHSIZE:
                        break
            buf += b"e"
            if n != _BATCHSIZE:
                return

    def check_pair(item):
        if not isinstance(item, tuple) or len(item) != 2:
            raise TypeError("dict items iterator must return 2-tuples")

    def batch_dict(items):
        nonlocal buf
        if not binary:
            for item in items:
                check_pair(item)
                save(item[0])
                save(item[1])
                buf += b"s"
            return
        end = _Stop
        while True:
            first = next(items, end)
            if first is end:
                return
            check_pair(first)
            second = next(items, end)
            if second is end:
                save(first[0])
                save(first[1])
                buf += b"s"
                return
            buf += b"("
            save(first[0])
            save(first[1])
            check_pair(second)
            save(second[0])
            save(second[1])
            n = 2
            for item in items:
                check_pair(item)
                save(item[0])
                save(item[1])
                n += 1
                if n == _BATCHSIZE:
                    break
            buf += b"u"
            if n != _BATCHSIZE:
                return

    def save_type(obj):
        if obj is _NoneType:
            save_reduce((type, (None,)), obj)
        elif obj is _EllipsisType:
            save_reduce((type, (Ellipsis,)), obj)
        elif obj is _NotImplementedType:
            save_reduce((type, (NotImplemented,)), obj)
        else:
            save_global(obj)

    def save_global(obj, name=None):
        nonlocal buf
        if name is None:
            name = getattr(obj, "__qualname__", None)
            if name is None:
                name = obj.__name__
        parts = _split_dotted(name, None)
        if obj is _codecs_encode:
            module_name = "_codecs"
            parent_is_module = True
        else:
            module_name = whichmodule(obj, parts)
            try:
                __import__(module_name, None, None, ["__doc__"], 0)
                module = sys.modules[module_name]
            except Exception:
                raise PicklingError("Can't pickle %r: import of module %r failed"
                                    % (obj, module_name)) from None
            parent, value = _deep_lookup(module, parts)
            if parent is None:
                raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                    % (obj, name, module_name)) from None
            if value is not obj:
                raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                    % (obj, module_name, name))
            parent_is_module = parent is module
        if proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code is not None:
                if not isinstance(code, int):
                    raise PicklingError("Can't pickle %r: extension code %r isn't an integer"
                                        % (obj, code))
                if not 0 < code <= 0x7FFFFFFF:
                    raise PicklingError("Can't pickle %r: extension code %d is out of range"
                                        % (obj, code))
                if code <= 0xFF:
                    buf += b"\x82" + U8[code]
                elif code <= 0xFFFF:
                    buf += b"\x83" + code.to_bytes(2, "little")
                else:
                    buf += b"\x84" + code.to_bytes(4, "little")
                return
        lastname = parts[-1]
        if parent_is_module:
            name = lastname
        if proto >= 4:
            if type(module_name) is str:
                if type(obj) is _BuiltinFunctionType:
                    module_name = bf_modnames.setdefault(module_name, module_name)
                else:
                    module_name = _intern(module_name)
            save(module_name)
            save(name)
            buf += b"\x93"
        elif not parent_is_module:
            save_reduce((getattr, (parent, lastname)), None)
        else:
            buf += b"c"
            if proto < 3 and fix_imports:
                compat = _compat_tables()
                key = (module_name, name)
                if key in compat.REVERSE_NAME_MAPPING:
                    module_name, name = compat.REVERSE_NAME_MAPPING[key]
                elif module_name in compat.REVERSE_IMPORT_MAPPING:
                    module_name = compat.REVERSE_IMPORT_MAPPING[module_name]
            encoding = "utf-8" if proto == 3 else "ascii"
            try:
                encoded = module_name.encode(encoding)
            except UnicodeEncodeError:
                raise PicklingError("can't pickle module identifier '%s' using "
                                    "pickle protocol %d" % (module_name, proto)) from None
            buf += encoded + b"\n"
            try:
                encoded = name.encode(encoding)
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s' using "
                                    "pickle protocol %d" % (name, proto)) from None
            buf += encoded + b"\n"
        memo_put(obj)

    def save_reduce(rv, obj):
        nonlocal buf
        size = len(rv)
        if size < 2 or size > 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        func = rv[0]
        args = rv[1]
        state = rv[2] if size > 2 else None
        listitems = rv[3] if size > 3 else None
        dictitems = rv[4] if size > 4 else None
        state_setter = rv[5] if size > 5 else None
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if listitems is not None and not hasattr(type(listitems), "__next__"):
            raise PicklingError("fourth element of the tuple returned by __reduce__ must be "
                                "an iterator, not %s" % type(listitems).__name__)
        if dictitems is not None and not hasattr(type(dictitems), "__next__"):
            raise PicklingError("fifth element of the tuple returned by __reduce__ must be "
                                "an iterator, not %s" % type(dictitems).__name__)
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ must be "
                                "a function, not %s" % type(state_setter).__name__)
        use_newobj = use_newobj_ex = False
        if proto >= 2:
            fname = getattr(func, "__name__", None)
            if isinstance(fname, str):
                if fname == "__newobj_ex__":
                    use_newobj_ex = True
                elif fname == "__newobj__":
                    use_newobj = True
        if use_newobj_ex:
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be "
                                    "exactly 3, not %d" % len(args))
            cls, cargs, kwargs = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be "
                                    "a class, not %s" % type(cls).__name__)
            if not isinstance(cargs, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument tuple must be "
                                    "a tuple, not %s" % type(cargs).__name__)
            if not isinstance(kwargs, dict):
                raise PicklingError("third item from NEWOBJ_EX argument tuple must be "
                                    "a dict, not %s" % type(kwargs).__name__)
            if proto >= 4:
                save(cls)
                save(cargs)
                save(kwargs)
                buf += b"\x92"
            else:
                from functools import partial
                save(partial(cls.__new__, cls, *cargs, **kwargs))
                save(())
                buf += b"R"
        elif use_newobj:
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and getattr(obj, "__class__", type(obj)) is not cls:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            buf += b"\x81"
        else:
            save(func)
            save(args)
            buf += b"R"
        if obj is not None:
            x = memo_get(id(obj))
            if x is not None:
                buf += b"0"
                write_get(x)
                return
            memo_put(obj)
        if listitems is not None:
            batch_list(listitems)
        if dictitems is not None:
            batch_dict(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                buf += b"b"
            else:
                save(state_setter)
                save(obj)
                save(state)
                buf += b"\x86R0"

    def save_other(obj, t):
        if override is not None:
            rv = override(obj)
            if rv is not NotImplemented:
                save_reduce_value(obj, rv)
                return
        if t is type:
            save_type(obj)
            return
        if t is _FunctionType:
            save_global(obj)
            return
        if table is None:
            reduce = _copyreg_dispatch_table.get(t)
        else:
            try:
                reduce = table[t]
            except KeyError:
                reduce = None
        if reduce is not None:
            rv = reduce(obj)
        elif issubclass(t, type):
            save_global(obj)
            return
        else:
            reduce = _BUILTIN_REDUCE.get(t)
            if reduce is not None:
                rv = reduce(obj)
            else:
                reduce = getattr(obj, "__reduce_ex__", None)
                if reduce is not None:
                    rv = reduce(proto)
                else:
                    reduce = getattr(obj, "__reduce__", None)
                    if reduce is None:
                        raise PicklingError("can't pickle '%s' object: %r" % (t.__name__, obj))
                    rv = reduce()
        save_reduce_value(obj, rv)

    def save_reduce_value(obj, rv):
        if isinstance(rv, str):
            save_global(obj, rv)
        elif isinstance(rv, tuple):
            save_reduce(rv, obj)
        else:
            raise PicklingError("__reduce__ must return a string or tuple")

    dispatch = {
        _NoneType: save_none,
        bool: save_bool,
        float: save_float,
        bytes: save_bytes,
        tuple: save_tuple,
        list: save_list,
        dict: save_dict,
        set: save_set,
        frozenset: save_frozenset,
        bytearray: save_bytearray,
        PickleBuffer: save_picklebuffer,
    }
    dispatch_get = dispatch.get
    save = save_body
    short_str = False

    def run(obj, protocol, file_write, memo_dict, keep_list, is_fast, persistent_id,
            reducer_override, dispatch_table, callback, fix, bf_names):
        nonlocal buf, out, write, frame_limit, framing, proto, binary, memo, memo_get, keep
        nonlocal fast, pers_func, override, table, buffer_callback, fix_imports, bf_modnames
        nonlocal save, short_str
        buf = bytearray()
        out = bytearray()
        write = file_write
        proto = protocol
        binary = protocol > 0
        memo = memo_dict
        memo_get = memo_dict.get
        keep = keep_list.append
        fast = is_fast
        pers_func = persistent_id
        override = reducer_override
        table = dispatch_table
        buffer_callback = callback
        fix_imports = fix
        bf_modnames = bf_names
        save = save_body if persistent_id is None else save_with_pers
        short_str = protocol >= 4 and not is_fast
        try:
            if protocol >= 2:
                out += b"\x80" + U8[protocol]
            if protocol >= 4:
                framing = True
                frame_limit = _FRAME_SIZE_TARGET
            save(obj)
            buf += b"."
            commit_frame()
            if file_write is not None:
                file_write(bytes(out))
                return None
            return bytes(out)
        finally:
            framing = False
            frame_limit = _NO_FRAMING
            buf = out = None
            write = memo = memo_get = keep = pers_func = override = table = None
            buffer_callback = bf_modnames = None

    return run


_pickle_engines = []


def _run_pickler(obj, protocol, file_write, memo, keep, fast, persistent_id,
                 reducer_override, dispatch_table, buffer_callback, fix_imports, bf_names):
    try:
        engine = _pickle_engines.pop()
    except IndexError:
        engine = _new_pickle_engine()
    try:
        return engine(obj, protocol, file_write, memo, keep, fast, persistent_id,
                      reducer_override, dispatch_table, buffer_callback,
                      fix_imports, bf_names)
    finally:
        if len(_pickle_engines) < 4:
            _pickle_engines.append(engine)


class Pickler:
    """Pickler(file, protocol=None, fix_imports=True, buffer_callback=None)

    Writes pickles of objects to a binary file (anything with a write()
    method accepting bytes).
    """

    def __init__(self, file, protocol=None, fix_imports=True, buffer_callback=None):
        proto = _check_protocol(protocol)
        write = getattr(file, "write", None)
        if write is None:
            raise TypeError("file must have a 'write' attribute")
        if buffer_callback is not None and proto < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._file_write = write
        self._proto = proto
        self.bin = int(proto > 0)
        self._fix_imports = bool(fix_imports) and proto < 3
        self._buffer_callback = buffer_callback
        self._memo = {}
        self._memo_keep = []
        self._bf_modnames = {}
        self.fast = 0

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        try:
            write = self._file_write
        except AttributeError:
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % type(self).__name__) from None
        _run_pickler(obj, self._proto, write, self._memo, self._memo_keep, bool(self.fast),
                     getattr(self, "persistent_id", None),
                     getattr(self, "reducer_override", None),
                     getattr(self, "dispatch_table", None),
                     self._buffer_callback, self._fix_imports, self._bf_modnames)

    def clear_memo(self):
        """Forget the objects pickled so far (shared objects are pickled again)."""
        self._memo.clear()
        self._memo_keep.clear()
        self._bf_modnames.clear()

    @property
    def memo(self):
        return _PicklerMemoProxy(self)

    @memo.setter
    def memo(self, value):
        if isinstance(value, _PicklerMemoProxy):
            value = value.copy()
        elif not isinstance(value, dict):
            raise TypeError("'memo' attribute must be a PicklerMemoProxy object or dict, "
                            "not %s" % type(value).__name__)
        memo = {}
        keep = []
        for entry in value.values():
            if not isinstance(entry, tuple) or len(entry) != 2:
                raise TypeError("'memo' values must be 2-item tuples")
            memo[id(entry[1])] = entry[0]
            keep.append(entry[1])
        self._memo = memo
        self._memo_keep = keep


class PicklerMemoProxy:
    """The memo of a Pickler: {id(obj): (index, obj)} through copy()."""

    def __init__(self, pickler):
        self._pickler = pickler

    def clear(self):
        self._pickler.clear_memo()

    def copy(self):
        objs = {id(o): o for o in self._pickler._memo_keep}
        return {key: (idx, objs[key]) for key, idx in self._pickler._memo.items()}

    def __reduce__(self):
        return dict, (self.copy(),)


_PicklerMemoProxy = PicklerMemoProxy
del PicklerMemoProxy


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickled representation of obj to the open file object file."""
    Pickler(file, protocol, fix_imports, buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickled representation of the object as a bytes object."""
    proto = _check_protocol(protocol)
    if buffer_callback is not None and proto < 5:
        raise ValueError("buffer_callback needs protocol >= 5")
    return _run_pickler(obj, proto, None, {}, [], False, None, None, None,
                        buffer_callback, bool(fix_imports) and proto < 3, {})


# ---------------------------------------------------------------------------
# Unpickling

_ABSURD_SIZE = 1 << 46
_NOT_GIVEN = object()


def _new_unpickle_engine():
    data = b"\x00"          # the input, followed by a sentinel byte
    pos = 0
    end = 0                 # len(data) - 1
    read = None             # file.read / file.readline when loading a file
    readline = None
    stack = []
    append = stack.append
    metastack = []
    memo = {}
    proto = 0
    unpickler = None
    find_class = None
    pers_load = None
    buffers = None
    encoding = "ASCII"
    errors = "strict"
    fix_imports = True

    def truncated():
        raise UnpicklingError("pickle data was truncated")

    def need(n):
        """Make data[pos:pos+n] available (reading the file), or fail."""
        nonlocal data, pos, end
        if read is None:
            truncated()
        rest = data[pos:end]
        chunk = read(n - len(rest))
        if not isinstance(chunk, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(chunk).__name__)
        data = rest + bytes(chunk) + b"\x00"
        pos = 0
        end = len(data) - 1
        if end < n:
            truncated()

    def read_line():
        nonlocal data, pos, end
        i = data.find(b"\n", pos, end)
        if i >= 0:
            line = data[pos:i + 1]
            pos = i + 1
            return line
        if readline is None:
            truncated()
        line = data[pos:end] + readline()
        data = b"\x00"
        pos = end = 0
        if not line.endswith(b"\n"):
            truncated()
        return line

    def underflow():
        if metastack:
            raise UnpicklingError("unexpected MARK found")
        raise UnpicklingError("unpickling stack underflow")

    def pop():
        if not stack:
            underflow()
        return stack.pop()

    def pop_mark():
        nonlocal stack, append
        items = stack
        if not metastack:
            raise UnpicklingError("could not find MARK")
        stack = metastack.pop()
        append = stack.append
        return items

    def missing_memo(idx):
        raise UnpicklingError("Memo value not found at index %d" % idx)

    # -- opcodes, in the order of pickletools' table --

    def load_int():
        line = read_line()
        if len(line) < 2:
            truncated()
        append(_load_int_line(line))

    def load_binint():
        nonlocal pos
        if pos + 4 > end:
            need(4)
        append(int.from_bytes(data[pos:pos + 4], "little", signed=True))
        pos += 4

    def load_binint1():
        nonlocal pos
        if pos >= end:
            need(1)
        append(data[pos])
        pos += 1

    def load_binint2():
        nonlocal pos
        if pos + 2 > end:
            need(2)
        append(data[pos] | data[pos + 1] << 8)
        pos += 2

    def load_long():
        line = read_line()
        if len(line) < 2:
            truncated()
        if line[-2] == 0x4C:            # 'L'
            line = line[:-2]
        append(_c_int(line))

    def load_counted_long(size):
        nonlocal pos
        if pos + size > end:
            need(size)
        n = int.from_bytes(data[pos:pos + size], "little", signed=True)
        pos += size
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        if pos + n > end:
            need(n)
        append(int.from_bytes(data[pos:pos + n], "little", signed=True))
        pos += n

    def load_long1():
        load_counted_long(1)

    def load_long4():
        load_counted_long(4)

    def load_string():
        line = read_line()[:-1]
        if len(line) >= 2 and line[0] == line[-1] and line[0] in b"'\"":
            value = _decode_escapes(line[1:-1])
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        append(decode_string(value))

    def decode_string(value):
        if encoding == "bytes":
            return value
        return value.decode(encoding, errors)

    def read_size(width, what, exc, allocates=False):
        nonlocal pos
        if pos + width > end:
            need(width)
        n = int.from_bytes(data[pos:pos + width], "little")
        pos += width
        if n > sys.maxsize:
            raise exc("%s exceeds system's maximum size of %d bytes" % (what, sys.maxsize))
        if allocates:
            # CPython allocates a bytes/bytearray payload before reading it,
            # with a read that fails at the end of the input even when the
            # payload is empty.
            if n > _ABSURD_SIZE:
                raise MemoryError()
            if not n:
                empty_at_end()
        if pos + n > end:
            need(n)
        return n

    def empty_at_end():
        if pos >= end and read is None:
            truncated()

    def load_binstring():
        nonlocal pos
        n = read_size(4, "BINSTRING", UnpicklingError)
        append(decode_string(data[pos:pos + n]))
        pos += n

    def load_short_binstring():
        nonlocal pos
        if pos >= end:
            need(1)
        n = data[pos]
        pos += 1
        if pos + n > end:
            need(n)
        append(decode_string(data[pos:pos + n]))
        pos += n

    def load_binbytes():
        nonlocal pos
        n = read_size(4, "BINBYTES", OverflowError, True)
        append(data[pos:pos + n])
        pos += n

    def load_short_binbytes():
        nonlocal pos
        if pos >= end:
            need(1)
        n = data[pos]
        pos += 1
        if pos + n > end:
            need(n)
        elif not n:
            empty_at_end()
        append(data[pos:pos + n])
        pos += n

    def load_binbytes8():
        nonlocal pos
        n = read_size(8, "BINBYTES", OverflowError, True)
        append(data[pos:pos + n])
        pos += n

    def load_bytearray8():
        nonlocal pos
        n = read_size(8, "BYTEARRAY8", OverflowError, True)
        append(bytearray(data[pos:pos + n]))
        pos += n

    def load_next_buffer():
        if buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            append(next(buffers))
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None

    def load_readonly_buffer():
        if not stack:
            underflow()
        obj = stack[-1]
        if isinstance(obj, PickleBuffer):
            if not obj.readonly:
                stack[-1] = PickleBuffer(bytes(obj.raw()))
        elif isinstance(obj, bytearray):
            stack[-1] = bytes(obj)
        elif not isinstance(obj, bytes):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % type(obj).__name__)

    def load_unicode():
        line = read_line()
        append(line[:-1].decode("raw_unicode_escape"))

    def load_binunicode():
        nonlocal pos
        n = read_size(4, "BINUNICODE", OverflowError)
        append(data[pos:pos + n].decode("utf-8", "surrogatepass"))
        pos += n

    def load_short_binunicode():
        nonlocal pos
        if pos >= end:
            need(1)
        n = data[pos]
        pos += 1
        if pos + n > end:
            need(n)
        value = data[pos:pos + n].decode("utf-8", "surrogatepass")
        append(value)
        pos += n
        if data[pos] == 0x94:       # MEMOIZE next: do it here
            pos += 1
            memo[len(memo)] = value

    def load_binunicode8():
        nonlocal pos
        n = read_size(8, "BINUNICODE", OverflowError)
        append(data[pos:pos + n].decode("utf-8", "surrogatepass"))
        pos += n

    def load_float():
        line = read_line()
        if len(line) < 2:
            truncated()
        nul = line.find(b"\0")
        text = (line[:nul] if nul >= 0 else line[:-1]).decode("latin-1")
        try:
            if text != text.strip() or "_" in text:
                raise ValueError
            value = float(text)
        except ValueError:
            raise _float_error(text, line) from None
        if value in (_INF, -_INF) and "inf" not in text.lower():
            raise OverflowError("value too large to convert to float: '%s'"
                                % line.decode("latin-1"))
        append(value)

    def load_binfloat():
        nonlocal pos
        if pos + 8 > end:
            need(8)
        append(_unpack_double(data[pos:pos + 8]))
        pos += 8

    def load_none():
        append(None)

    def load_newtrue():
        append(True)

    def load_newfalse():
        append(False)

    def load_empty_tuple():
        append(())

    def load_tuple1():
        if not stack:
            underflow()
        stack[-1] = (stack[-1],)

    def load_tuple2():
        nonlocal pos
        if len(stack) < 2:
            underflow()
        b = stack.pop()
        value = stack[-1] = (stack[-1], b)
        if data[pos] == 0x94:
            pos += 1
            memo[len(memo)] = value

    def load_tuple3():
        if len(stack) < 3:
            underflow()
        c = stack.pop()
        b = stack.pop()
        stack[-1] = (stack[-1], b, c)

    def load_tuple():
        items = pop_mark()
        append(tuple(items))

    def load_empty_list():
        nonlocal pos, stack, append
        value = []
        append(value)
        if data[pos] == 0x94:       # MEMOIZE next: do it here
            pos += 1
            memo[len(memo)] = value
        if data[pos] == 0x28:       # and MARK
            pos += 1
            metastack.append(stack)
            stack = []
            append = stack.append

    def load_list():
        items = pop_mark()
        append(items)

    def load_empty_dict():
        nonlocal pos, stack, append
        value = {}
        append(value)
        if data[pos] == 0x94:       # MEMOIZE next: do it here
            pos += 1
            memo[len(memo)] = value
        if data[pos] == 0x28:       # and MARK
            pos += 1
            metastack.append(stack)
            stack = []
            append = stack.append

    def load_dict():
        items = pop_mark()
        if len(items) & 1:
            raise UnpicklingError("odd number of items for DICT")
        append(dict(zip(items[0::2], items[1::2])))

    def load_empty_set():
        append(set())

    def load_frozenset():
        items = pop_mark()
        append(frozenset(items))

    def load_additems():
        items = pop_mark()
        if not stack:
            underflow()
        if not items:
            return
        target = stack[-1]
        if isinstance(target, set):
            target.update(items)
        else:
            add = target.add
            for item in items:
                add(item)

    def load_append():
        if len(stack) < 2:
            underflow()
        value = stack.pop()
        extend_with(stack[-1], [value])

    def extend_with(target, items):
        if type(target) is list:
            target.extend(items)
            return
        extend = getattr(target, "extend", None)
        if extend is not None:
            extend(items)
        else:
            add = target.append
            for item in items:
                add(item)

    def load_appends():
        items = pop_mark()
        if not stack:
            underflow()
        if items:
            extend_with(stack[-1], items)

    def load_setitem():
        if len(stack) < 3:
            underflow()
        value = stack.pop()
        key = stack.pop()
        stack[-1][key] = value

    def load_setitems():
        items = pop_mark()
        if not stack:
            underflow()
        if not items:
            return
        if len(items) & 1:
            raise UnpicklingError("odd number of items for SETITEMS")
        target = stack[-1]
        if type(target) is dict:
            target.update(zip(items[0::2], items[1::2]))
        else:
            for i in range(0, len(items), 2):
                target[items[i]] = items[i + 1]

    def load_mark():
        nonlocal stack, append
        metastack.append(stack)
        stack = []
        append = stack.append

    def load_pop():
        nonlocal stack, append
        if stack:
            stack.pop()
        elif metastack:
            stack = metastack.pop()
            append = stack.append
        else:
            underflow()

    def load_pop_mark():
        pop_mark()

    def load_dup():
        if not stack:
            underflow()
        append(stack[-1])

    def load_obj():
        items = pop_mark()
        if not items:
            underflow()
        append(_instantiate(items[0], tuple(items[1:])))

    def load_inst():
        items = pop_mark()
        line = read_line()
        if len(line) < 2:
            truncated()
        module_name = line[:-1].decode("ascii")
        line = read_line()
        if len(line) < 2:
            truncated()
        cls = find_class(module_name, line[:-1].decode("ascii"))
        append(_instantiate(cls, tuple(items)))

    def load_newobj():
        args = pop()
        cls = pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument must be a type, not %s"
                                  % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ args argument must be a tuple, not %s"
                                  % type(args).__name__)
        append(cls.__new__(cls, *args))

    def load_newobj_ex():
        kwargs = pop()
        args = pop()
        cls = pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %s"
                                  % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ_EX args argument must be a tuple, not %s"
                                  % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise UnpicklingError("NEWOBJ_EX kwargs argument must be a dict, not %s"
                                  % type(kwargs).__name__)
        append(cls.__new__(cls, *args, **kwargs))

    def load_global():
        line = read_line()
        if len(line) < 2:
            truncated()
        module_name = line[:-1].decode("utf-8")
        line = read_line()
        if len(line) < 2:
            truncated()
        append(find_class(module_name, line[:-1].decode("utf-8")))

    def load_stack_global():
        name = pop()
        module_name = pop()
        if type(name) is not str or type(module_name) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        append(find_class(module_name, name))

    def load_ext(size):
        nonlocal pos
        if pos + size > end:
            need(size)
        code = int.from_bytes(data[pos:pos + size], "little", signed=size == 4)
        pos += size
        if code <= 0:
            raise UnpicklingError("EXT specifies code <= 0")
        obj = _extension_cache.get(code, _Stop)
        if obj is not _Stop:
            append(obj)
            return
        key = _inverted_registry.get(code)
        if key is None:
            raise ValueError("unregistered extension code %d" % code)
        if (not isinstance(key, tuple) or len(key) != 2
                or not isinstance(key[0], str) or not isinstance(key[1], str)):
            raise ValueError("_inverted_registry[%d] isn't a 2-tuple of strings" % code)
        obj = find_class(key[0], key[1])
        _extension_cache[code] = obj
        append(obj)

    def load_ext1():
        load_ext(1)

    def load_ext2():
        load_ext(2)

    def load_ext4():
        load_ext(4)

    def load_reduce():
        args = pop()
        func = pop()
        if not isinstance(args, tuple):
            raise TypeError("argument list must be a tuple")
        append(func(*args))

    def load_build():
        if len(stack) < 2:
            underflow()
        state = stack.pop()
        inst = stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        if isinstance(inst, BaseException):
            # BaseException.__setstate__, which Baton's exceptions lack.
            if state is not None:
                if not isinstance(state, dict):
                    raise TypeError("state is not a dictionary")
                for k, v in state.items():
                    setattr(inst, k, v)
            return
        slotstate = _Stop
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state is not None:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    k = _intern(k)
                inst_dict[k] = v
        if slotstate is not _Stop:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_get():
        line = read_line()
        if len(line) < 2:
            truncated()
        idx = _c_int(line)
        try:
            append(memo[idx])
        except KeyError:
            missing_memo(idx)

    def load_binget():
        nonlocal pos
        if pos >= end:
            need(1)
        idx = data[pos]
        pos += 1
        try:
            append(memo[idx])
        except KeyError:
            missing_memo(idx)

    def load_long_binget():
        nonlocal pos
        if pos + 4 > end:
            need(4)
        idx = int.from_bytes(data[pos:pos + 4], "little")
        pos += 4
        try:
            append(memo[idx])
        except KeyError:
            missing_memo(idx)

    def load_put():
        line = read_line()
        if len(line) < 2:
            truncated()
        if not stack:
            underflow()
        idx = _c_int(line)
        if idx < 0:
            raise ValueError("negative PUT argument")
        memo[idx] = stack[-1]

    def load_binput():
        nonlocal pos
        if pos >= end:
            need(1)
        idx = data[pos]
        pos += 1
        if not stack:
            underflow()
        memo[idx] = stack[-1]

    def load_long_binput():
        nonlocal pos
        if pos + 4 > end:
            need(4)
        idx = int.from_bytes(data[pos:pos + 4], "little")
        pos += 4
        if not stack:
            underflow()
        memo[idx] = stack[-1]

    def load_memoize():
        if not stack:
            underflow()
        memo[len(memo)] = stack[-1]

    def load_persid():
        if pers_load is None:
            raise UnpicklingError("A load persistent id instruction was encountered,\n"
                                  "but no persistent_load function was specified.")
        line = read_line()
        try:
            pid = line[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        append(pers_load(pid))

    def load_binpersid():
        if pers_load is None:
            raise UnpicklingError("A load persistent id instruction was encountered,\n"
                                  "but no persistent_load function was specified.")
        append(pers_load(pop()))

    def load_proto():
        nonlocal pos, proto
        if pos >= end:
            need(1)
        p = data[pos]
        pos += 1
        if p > HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % p)
        proto = p
        if unpickler is not None:
            unpickler._proto = p

    def load_frame():
        nonlocal pos
        if pos + 8 > end:
            need(8)
        n = int.from_bytes(data[pos:pos + 8], "little")
        pos += 8
        if n > sys.maxsize:
            raise OverflowError("FRAME length exceeds system's maximum of %d bytes"
                                % sys.maxsize)
        if pos + n > end:
            need(n)

    def load_stop():
        raise _Stop

    def load_sentinel():
        # The byte after the input: more data from the file, or the end.
        nonlocal pos
        if pos <= end:
            raise UnpicklingError("invalid load key, '\\x00'.")
        pos -= 1
        try:
            need(1)
        except UnpicklingError:
            raise EOFError("Ran out of input") from None

    def default_find_class(module_name, global_name):
        return _find_class(module_name, global_name, proto, fix_imports)

    def bad_key(key):
        def load_bad():
            if 0x20 <= key <= 0x7E and key != 0x27 and key != 0x5C:
                raise UnpicklingError("invalid load key, '%c'." % key)
            raise UnpicklingError("invalid load key, '\\x%02x'." % key)
        return load_bad

    ops = {
        b"(": load_mark, b".": load_stop, b"0": load_pop, b"1": load_pop_mark,
        b"2": load_dup, b"F": load_float, b"I": load_int, b"J": load_binint,
        b"K": load_binint1, b"L": load_long, b"M": load_binint2, b"N": load_none,
        b"P": load_persid, b"Q": load_binpersid, b"R": load_reduce,
        b"S": load_string, b"T": load_binstring, b"U": load_short_binstring,
        b"V": load_unicode, b"X": load_binunicode, b"a": load_append,
        b"b": load_build, b"c": load_global, b"d": load_dict, b"}": load_empty_dict,
        b"e": load_appends, b"g": load_get, b"h": load_binget, b"i": load_inst,
        b"j": load_long_binget, b"l": load_list, b"]": load_empty_list,
        b"o": load_obj, b"p": load_put, b"q": load_binput, b"r": load_long_binput,
        b"s": load_setitem, b"t": load_tuple, b")": load_empty_tuple,
        b"u": load_setitems, b"G": load_binfloat,
        b"\x80": load_proto, b"\x81": load_newobj, b"\x82": load_ext1,
        b"\x83": load_ext2, b"\x84": load_ext4, b"\x85": load_tuple1,
        b"\x86": load_tuple2, b"\x87": load_tuple3, b"\x88": load_newtrue,
        b"\x89": load_newfalse, b"\x8a": load_long1, b"\x8b": load_long4,
        b"B": load_binbytes, b"C": load_short_binbytes,
        b"\x8c": load_short_binunicode, b"\x8d": load_binunicode8,
        b"\x8e": load_binbytes8, b"\x8f": load_empty_set, b"\x90": load_additems,
        b"\x91": load_frozenset, b"\x92": load_newobj_ex,
        b"\x93": load_stack_global, b"\x94": load_memoize, b"\x95": load_frame,
        b"\x96": load_bytearray8, b"\x97": load_next_buffer,
        b"\x98": load_readonly_buffer,
    }
    dispatch = [None] * 256
    for key in range(256):
        dispatch[key] = ops.get(bytes((key,))) or bad_key(key)
    dispatch[0] = load_sentinel
    del ops

    def run(source, file_read, file_readline, the_unpickler, memo_dict,
            persistent_load, buffer_iter, enc, errs, fix):
        nonlocal data, pos, end, read, readline, stack, append, metastack, memo
        nonlocal proto, unpickler, find_class, pers_load, buffers
        nonlocal encoding, errors, fix_imports
        if source is None:
            data = b"\x00"
            end = 0
        else:
            data = source + b"\x00"
            end = len(source)
        pos = 0
        read = file_read
        readline = file_readline
        stack = []
        append = stack.append
        metastack = []
        memo = memo_dict
        proto = 0
        unpickler = the_unpickler
        pers_load = persistent_load
        buffers = buffer_iter
        encoding = enc
        errors = errs
        fix_imports = fix
        find_class = default_find_class
        if the_unpickler is not None:
            the_unpickler._proto = 0
            method = the_unpickler.find_class
            if getattr(method, "__func__", None) is not Unpickler.find_class:
                find_class = method
        table = dispatch
        try:
            while True:
                key = data[pos]
                pos += 1
                table[key]()
        except _Stop:
            pass
        finally:
            data = b"\x00"
            read = readline = None
            memo = unpickler = find_class = pers_load = buffers = None
            result_stack = stack
            result_meta = metastack
            stack = []
            append = stack.append
            metastack = []
        if not result_stack:
            if result_meta:
                raise UnpicklingError("unexpected MARK found")
            raise UnpicklingError("unpickling stack underflow")
        return result_stack[-1]

    return run


_unpickle_engines = []


def _run_unpickler(source, file_read, file_readline, unpickler, memo,
                   persistent_load, buffers, encoding, errors, fix_imports):
    try:
        engine = _unpickle_engines.pop()
    except IndexError:
        engine = _new_unpickle_engine()
    try:
        return engine(source, file_read, file_readline, unpickler, memo,
                      persistent_load, buffers, encoding, errors, fix_imports)
    finally:
        if len(_unpickle_engines) < 4:
            _unpickle_engines.append(engine)


def _check_str_args(func, encoding, errors):
    for name, value in (("encoding", encoding), ("errors", errors)):
        if not isinstance(value, str):
            raise TypeError("%s() argument '%s' must be str, not %s"
                            % (func, name, type(value).__name__))


class Unpickler:
    """Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())

    Reads pickles from a binary file (anything with read() and readline()
    methods returning bytes).
    """

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=_NOT_GIVEN):
        _check_str_args("Unpickler", encoding, errors)
        read = getattr(file, "read", None)
        readline = getattr(file, "readline", None)
        if read is None or readline is None:
            raise TypeError("file must have 'read' and 'readline' attributes")
        self._buffers = None if buffers is None or buffers is _NOT_GIVEN else iter(buffers)
        self._file_read = read
        self._file_readline = readline
        self._encoding = encoding
        self._errors = errors
        self._fix_imports = bool(fix_imports)
        self._proto = 0
        self.memo = {}

    def load(self):
        """Read a pickled object from the file and return it."""
        try:
            read = self._file_read
        except AttributeError:
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % type(self).__name__) from None
        return _run_unpickler(None, read, self._file_readline, self, self.memo,
                              getattr(self, "persistent_load", None), self._buffers,
                              self._encoding, self._errors, self._fix_imports)

    def find_class(self, module_name, global_name):
        """Return the object called global_name in module module_name
        (importing the module if needed).  Override to restrict what a
        pickle may load."""
        return _find_class(module_name, global_name, self._proto, self._fix_imports)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=_NOT_GIVEN):
    """Read and return an object from the pickle data stored in a file."""
    _check_str_args("load", encoding, errors)
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding,
                     errors=errors, buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=_NOT_GIVEN):
    """Read and return an object from the given pickle data."""
    if not isinstance(data, (bytes, bytearray)):
        if isinstance(data, PickleBuffer):
            data = data.raw()
        else:
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    _check_str_args("loads", encoding, errors)
    return _run_unpickler(bytes(data), None, None, None, {}, None,
                          None if buffers is None or buffers is _NOT_GIVEN else iter(buffers),
                          encoding, errors, bool(fix_imports))
