"""Value, Array, RawValue and RawArray: numbers, characters and arrays of
them in shared memory, read and written with struct.  The objects behave
like the ctypes ones CPython returns (c_int, c_double, c_char_Array_5, ...)
without needing ctypes."""

import operator
import struct

from . import context
from . import heap

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'copy', 'synchronized']

# typecode -> (ctypes name, struct code, kind)
_TYPES = {
    'c': ('c_char', 'c', 'char'),
    'u': ('c_wchar', 'I', 'wchar'),
    'b': ('c_byte', 'b', 'int'),
    'B': ('c_ubyte', 'B', 'int'),
    'h': ('c_short', 'h', 'int'),
    'H': ('c_ushort', 'H', 'int'),
    'i': ('c_int', 'i', 'int'),
    'I': ('c_uint', 'I', 'int'),
    'l': ('c_long', 'q', 'int'),
    'L': ('c_ulong', 'Q', 'int'),
    'q': ('c_long', 'q', 'int'),
    'Q': ('c_ulong', 'Q', 'int'),
    'f': ('c_float', 'f', 'float'),
    'd': ('c_double', 'd', 'float'),
}

typecode_to_type = {code: name for code, (name, _, _) in _TYPES.items()}


class _Codec(object):
    """Conversion between Python values and the bytes of one C item."""

    def __init__(self, typecode):
        name, code, kind = _TYPES[typecode]
        self.typecode = typecode
        self.name = name
        self.kind = kind
        self.struct = struct.Struct('=' + code)
        self.size = self.struct.size
        if kind == 'int':
            bits = self.size * 8
            self.mask = (1 << bits) - 1
            self.signed = code.islower()
            self.half = 1 << (bits - 1)

    def encode(self, value):
        kind = self.kind
        if kind == 'int':
            v = operator.index(value) & self.mask
            if self.signed and v >= self.half:
                v -= self.mask + 1
            return self.struct.pack(v)
        if kind == 'float':
            if not isinstance(value, (int, float)):
                if not hasattr(type(value), '__float__'):
                    raise TypeError('must be real number, not %s'
                                    % type(value).__name__)
            return self.struct.pack(float(value))
        if kind == 'char':
            if isinstance(value, (bytes, bytearray)) and len(value) == 1:
                return bytes(value)
            if isinstance(value, int) and 0 <= value < 256:
                return bytes((value,))
            raise TypeError('one character bytes, bytearray or integer expected')
        # wchar
        if not isinstance(value, str):
            raise TypeError('unicode string expected instead of %s instance'
                            % type(value).__name__)
        if len(value) != 1:
            raise TypeError('one character unicode string expected')
        return self.struct.pack(ord(value))

    def decode(self, data):
        kind = self.kind
        if kind == 'char':
            return bytes(data)
        v = self.struct.unpack(data)[0]
        if kind == 'wchar':
            return chr(v)
        return v


_codecs = {}


def _codec(typecode):
    c = _codecs.get(typecode)
    if c is None:
        if typecode not in _TYPES:
            raise TypeError('this type has no size')
        c = _codecs[typecode] = _Codec(typecode)
    return c


#
# Scalars
#

class _SharedScalar(object):
    """A C number or character in shared memory (like ctypes.c_int)."""

    _codec = None

    def __init__(self, wrapper):
        self._wrapper = wrapper
        self._buf = wrapper.buffer
        self._off = wrapper.offset

    @property
    def value(self):
        codec = self._codec
        off = self._off
        return codec.decode(self._buf[off:off + codec.size])

    @value.setter
    def value(self, value):
        data = self._codec.encode(value)
        off = self._off
        self._buf[off:off + len(data)] = data

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.value)

    def __reduce__(self):
        context.assert_spawning(self)
        return _rebuild_scalar, (self._codec.typecode, self._wrapper)


_scalar_classes = {}


def _scalar_class(typecode):
    cls = _scalar_classes.get(typecode)
    if cls is None:
        codec = _codec(typecode)
        cls = type(codec.name, (_SharedScalar,),
                   {'_codec': codec, '_type_': typecode,
                    '__module__': 'ctypes'})
        _scalar_classes[typecode] = cls
    return cls


def _rebuild_scalar(typecode, wrapper):
    return _scalar_class(typecode)(wrapper)


#
# Arrays
#

class _SharedArray(object):
    """A C array in shared memory (like ctypes.c_int_Array_3)."""

    _codec = None
    _length_ = 0

    def __init__(self, wrapper):
        self._wrapper = wrapper
        self._buf = wrapper.buffer
        self._off = wrapper.offset

    def __len__(self):
        return self._length_

    def _index(self, i):
        i = operator.index(i)
        n = self._length_
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('invalid index')
        return i

    def _read(self, start, count):
        """count consecutive items from start, as a list (bytes for c_char,
        str for c_wchar)."""
        codec = self._codec
        size = codec.size
        off = self._off + start * size
        data = self._buf[off:off + count * size]
        if codec.kind == 'char':
            return bytes(data)
        if count == 0:
            return '' if codec.kind == 'wchar' else []
        items = list(struct.unpack('=%d%s' % (count, codec.struct.format[-1]),
                                   data))
        if codec.kind == 'wchar':
            return ''.join(map(chr, items))
        return items

    def __getitem__(self, index):
        codec = self._codec
        if isinstance(index, slice):
            start, stop, step = index.indices(self._length_)
            if step == 1:
                return self._read(start, max(0, stop - start))
            items = [self[i] for i in range(start, stop, step)]
            if codec.kind == 'char':
                return b''.join(items)
            if codec.kind == 'wchar':
                return ''.join(items)
            return items
        i = self._index(index)
        off = self._off + i * codec.size
        return codec.decode(self._buf[off:off + codec.size])

    def __setitem__(self, index, value):
        codec = self._codec
        size = codec.size
        if isinstance(index, slice):
            positions = range(*index.indices(self._length_))
            values = value if isinstance(value, (bytes, str)) else list(value)
            if len(values) != len(positions):
                raise ValueError('Can only assign sequence of same size')
            if isinstance(values, bytes):
                values = [values[k:k + 1] for k in range(len(values))]
            encoded = [codec.encode(v) for v in values]
            if positions.step == 1 and encoded:
                off = self._off + positions.start * size
                self._buf[off:off + size * len(encoded)] = b''.join(encoded)
            else:
                for pos, data in zip(positions, encoded):
                    off = self._off + pos * size
                    self._buf[off:off + size] = data
            return
        i = self._index(index)
        data = codec.encode(value)
        off = self._off + i * size
        self._buf[off:off + size] = data

    def __iter__(self):
        for i in range(self._length_):
            yield self[i]

    def __reduce__(self):
        context.assert_spawning(self)
        return _rebuild_array, (self._codec.typecode, self._length_,
                                self._wrapper)


class _SharedCharArray(_SharedArray):
    """c_char arrays also have .value (up to the first NUL) and .raw."""

    @property
    def raw(self):
        return self._read(0, self._length_)

    @raw.setter
    def raw(self, value):
        value = bytes(value)
        if len(value) > self._length_:
            raise ValueError('byte string too long')
        self._buf[self._off:self._off + len(value)] = value

    @property
    def value(self):
        raw = self.raw
        nul = raw.find(b'\0')
        return raw if nul < 0 else raw[:nul]

    @value.setter
    def value(self, value):
        if not isinstance(value, bytes):
            raise TypeError('bytes expected instead of %s instance'
                            % type(value).__name__)
        if len(value) > self._length_:
            raise ValueError('byte string too long')
        if len(value) < self._length_:
            value += b'\0'
        self._buf[self._off:self._off + len(value)] = value


class _SharedWcharArray(_SharedArray):

    @property
    def value(self):
        text = self._read(0, self._length_)
        nul = text.find('\0')
        return text if nul < 0 else text[:nul]

    @value.setter
    def value(self, value):
        if not isinstance(value, str):
            raise TypeError('unicode string expected instead of %s instance'
                            % type(value).__name__)
        if len(value) > self._length_:
            raise ValueError('string too long')
        if len(value) < self._length_:
            value += '\0'
        self[0:len(value)] = value


_array_classes = {}


def _array_class(typecode, length):
    key = (typecode, length)
    cls = _array_classes.get(key)
    if cls is None:
        codec = _codec(typecode)
        base = {'char': _SharedCharArray,
                'wchar': _SharedWcharArray}.get(codec.kind, _SharedArray)
        cls = type('%s_Array_%d' % (codec.name, length), (base,),
                   {'_codec': codec, '_type_': typecode, '_length_': length,
                    '__module__': __name__})
        _array_classes[key] = cls
    return cls


def _rebuild_array(typecode, length, wrapper):
    return _array_class(typecode, length)(wrapper)


#
# The public constructors
#

def RawValue(typecode_or_type, *args):
    """Returns a ctypes object allocated from shared memory."""
    cls = _scalar_class(typecode_or_type)
    if len(args) > 1:
        raise TypeError('function takes at most 1 argument (%d given)'
                        % len(args))
    obj = cls(heap.BufferWrapper(cls._codec.size))
    if args:
        obj.value = args[0]
    return obj


def RawArray(typecode_or_type, size_or_initializer):
    """Returns a ctypes array allocated from shared memory."""
    codec = _codec(typecode_or_type)
    if isinstance(size_or_initializer, int):
        length = size_or_initializer
        init = None
    else:
        init = size_or_initializer
        if isinstance(init, (bytes, bytearray)):
            init = list(init)
        elif not isinstance(init, (list, tuple, str)):
            init = list(init)
        length = len(init)
    if length < 0:
        raise ValueError('Array length must be >= 0')
    cls = _array_class(typecode_or_type, length)
    obj = cls(heap.BufferWrapper(codec.size * length))
    if init:
        if codec.kind == 'char':
            obj.raw = b''.join(codec.encode(v) for v in init)
        else:
            obj[:] = init
    return obj


def Value(typecode_or_type, *args, lock=True, ctx=None):
    """Return a synchronization wrapper for a Value."""
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    if lock in (True, None):
        ctx = ctx or context._default_context.get_context()
        lock = ctx.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return synchronized(obj, lock, ctx=ctx)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    """Return a synchronization wrapper for a RawArray."""
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    if lock in (True, None):
        ctx = ctx or context._default_context.get_context()
        lock = ctx.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return synchronized(obj, lock, ctx=ctx)


def copy(obj):
    """A new shared object with the same type and contents."""
    if isinstance(obj, _SharedScalar):
        return RawValue(obj._codec.typecode, obj.value)
    new = RawArray(obj._codec.typecode, len(obj))
    new[:] = obj[:]
    return new


def synchronized(obj, lock=None, ctx=None):
    assert not isinstance(obj, SynchronizedBase), 'object already synchronized'
    ctx = ctx or context._default_context.get_context()
    if isinstance(obj, _SharedScalar):
        return Synchronized(obj, lock, ctx)
    if isinstance(obj, _SharedCharArray):
        return SynchronizedString(obj, lock, ctx)
    if isinstance(obj, _SharedArray):
        return SynchronizedArray(obj, lock, ctx)
    raise TypeError('cannot synchronize %r' % (obj,))


class SynchronizedBase(object):

    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        if lock:
            self._lock = lock
        else:
            ctx = ctx or context._default_context.get_context()
            self._lock = ctx.RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __reduce__(self):
        context.assert_spawning(self)
        return synchronized, (self._obj, self._lock)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


class Synchronized(SynchronizedBase):

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, value):
        with self._lock:
            self._obj.value = value


class SynchronizedArray(SynchronizedBase):

    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self._lock:
            self._obj[i] = value

    def __getslice__(self, start, stop):
        with self._lock:
            return self._obj[start:stop]

    def __setslice__(self, start, stop, values):
        with self._lock:
            self._obj[start:stop] = values


class SynchronizedString(SynchronizedArray):

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, value):
        with self._lock:
            self._obj.value = value

    @property
    def raw(self):
        with self._lock:
            return self._obj.raw

    @raw.setter
    def raw(self, value):
        with self._lock:
            self._obj.raw = value
