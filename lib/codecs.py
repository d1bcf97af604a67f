"""Codec registry and base classes (Baton's own, over the text codecs of
str.encode and bytes.decode, with CPython 3.11's API)."""

import builtins
import sys

__all__ = ["register", "lookup", "open", "EncodedFile",
           "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter", "StreamReaderWriter", "StreamRecoder",
           "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors", "namereplace_errors",
           "register_error", "lookup_error", "unregister"]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_LE = BOM_UTF16_LE = b"\xff\xfe"
BOM_BE = BOM_UTF16_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
if sys.byteorder == "little":
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    """Defines the interface for stateless encoders/decoders."""

    def encode(self, input, errors="strict"):
        raise NotImplementedError

    def decode(self, input, errors="strict"):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes an input in multiple steps."""

    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    """Decodes an input in multiple steps."""

    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps the bytes of an incomplete
    character for the next call."""

    def __init__(self, errors="strict"):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


# ---- the built-in text codecs -----------------------------------------------------------------

def _canonical(encoding):
    """CPython's name for an encoding, or None if Baton has no such codec."""
    norm = encoding.strip().lower().replace("_", "-").replace(" ", "-")
    aliases = {
        "utf8": "utf-8", "u8": "utf-8", "utf": "utf-8", "utf-8": "utf-8", "cp65001": "utf-8",
        "utf8-sig": "utf-8-sig", "utf-8-sig": "utf-8-sig",
        "latin1": "iso8859-1", "latin-1": "iso8859-1", "iso-8859-1": "iso8859-1",
        "iso8859-1": "iso8859-1", "8859": "iso8859-1", "l1": "iso8859-1", "cp819": "iso8859-1",
        "ascii": "ascii", "us-ascii": "ascii", "646": "ascii",
        "utf16": "utf-16", "utf-16": "utf-16", "utf-16le": "utf-16-le", "utf-16-le": "utf-16-le",
        "utf-16be": "utf-16-be", "utf-16-be": "utf-16-be",
        "utf32": "utf-32", "utf-32": "utf-32", "utf-32le": "utf-32-le", "utf-32-le": "utf-32-le",
        "utf-32be": "utf-32-be", "utf-32-be": "utf-32-be",
        "cp1252": "cp1252", "windows-1252": "cp1252",
    }
    name = aliases.get(norm)
    if name is not None:
        return name
    try:
        "".encode(encoding)
    except LookupError:
        return None
    return norm


def _text_codec(name):
    def encode(input, errors="strict"):
        return (input.encode(name, errors), len(input))

    def decode(input, errors="strict"):
        return (bytes(input).decode(name, errors), len(input))

    class _Encoder(IncrementalEncoder):
        _first = True

        def encode(self, input, final=False):
            out = input.encode(name, self.errors)
            # A BOM-writing codec writes its BOM once per stream.
            if not self._first and name in ("utf-8-sig", "utf-16", "utf-32"):
                bom = {"utf-8-sig": BOM_UTF8, "utf-16": BOM_UTF16, "utf-32": BOM_UTF32}[name]
                if out.startswith(bom):
                    out = out[len(bom):]
            if input:
                self._first = False
            return out

        def reset(self):
            self._first = True

    class _Decoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            data = bytes(input)
            if not final:
                # An incomplete character at the end waits for more input.
                try:
                    data.decode(name, "strict")
                except UnicodeDecodeError as e:
                    if e.reason in ("unexpected end of data", "truncated data"):
                        return data[:e.start].decode(name, errors), e.start
            return data.decode(name, errors), len(data)

    class _Writer(StreamWriter):
        pass

    class _Reader(StreamReader):
        pass

    _Writer.encode = staticmethod(encode)
    _Reader.decode = staticmethod(decode)
    return CodecInfo(encode, decode, _Reader, _Writer, _Encoder, _Decoder, name=name)


_search_functions = []
_cache = {}


def register(search_function):
    """Register a codec search function (it takes a normalized encoding name
    and returns a CodecInfo or None)."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def lookup(encoding):
    """Looks up a codec tuple in the Python codec registry and returns a
    CodecInfo object."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = encoding.lower().replace(" ", "_")
    if key in _cache:
        return _cache[key]
    for fn in _search_functions:
        info = fn(key)
        if info is not None:
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            _cache[key] = info
            return info
    name = _canonical(encoding)
    if name is None:
        raise LookupError("unknown encoding: %s" % encoding)
    info = _text_codec(name)
    _cache[key] = info
    return info


def encode(obj, encoding="utf-8", errors="strict"):
    """Encodes obj using the codec registered for encoding."""
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding="utf-8", errors="strict"):
    """Decodes obj using the codec registered for encoding."""
    return lookup(encoding).decode(obj, errors)[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors="strict", **kwargs):
    """Encoding iterator: encodes the strings of iterator incrementally."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    """Decoding iterator: decodes the bytes of iterator incrementally."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


# ---- streams ------------------------------------------------------------------------------------

class StreamWriter(Codec):
    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write("".join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def read(self, size=-1, chars=-1, firstline=False):
        data = self.stream.read() if size < 0 else self.stream.read(size)
        text, _ = self.decode(data, self.errors)
        return text

    def readline(self, size=None, keepends=True):
        line = self.stream.readline()
        text, _ = self.decode(line, self.errors)
        return text if keepends else text.rstrip("\r\n")

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        pass

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    encoding = "unknown"

    def __init__(self, stream, Reader, Writer, errors="strict"):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamRecoder(StreamReaderWriter):
    """Not supported by Baton beyond its construction."""


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    """Open an encoded file using the given mode and return a wrapped
    version providing transparent encoding/decoding."""
    if encoding is not None and "b" not in mode:
        mode = mode + "b"
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors="strict"):
    if file_encoding is None:
        file_encoding = data_encoding
    info = lookup(file_encoding)
    srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
    srw.data_encoding = data_encoding
    srw.file_encoding = file_encoding
    return srw


# ---- error handlers ------------------------------------------------------------------------------

def strict_errors(exception):
    raise exception


def _span(exc):
    if not isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    return exc.start, exc.end


def ignore_errors(exception):
    start, end = _span(exception)
    return ("", end)


def replace_errors(exception):
    start, end = _span(exception)
    if isinstance(exception, UnicodeDecodeError):
        return ("\ufffd", end)
    return ("?" * (end - start), end)


def xmlcharrefreplace_errors(exception):
    start, end = _span(exception)
    return ("".join("&#%d;" % ord(c) for c in exception.object[start:end]), end)


def backslashreplace_errors(exception):
    start, end = _span(exception)
    if isinstance(exception, UnicodeDecodeError):
        return ("".join("\\x%02x" % b for b in exception.object[start:end]), end)
    out = []
    for c in exception.object[start:end]:
        n = ord(c)
        out.append("\\x%02x" % n if n < 0x100 else "\\u%04x" % n if n < 0x10000 else "\\U%08x" % n)
    return ("".join(out), end)


def namereplace_errors(exception):
    return backslashreplace_errors(exception)


_error_handlers = {
    "strict": strict_errors, "ignore": ignore_errors, "replace": replace_errors,
    "xmlcharrefreplace": xmlcharrefreplace_errors,
    "backslashreplace": backslashreplace_errors, "namereplace": namereplace_errors,
}


def register_error(name, error_handler):
    """Register an error handler under name (used by the codecs written in
    Python; the native codecs know only the standard handlers)."""
    if not callable(error_handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = error_handler


def lookup_error(name):
    """Return the error handler registered under name."""
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None
