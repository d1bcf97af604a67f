"""The io module: in-memory streams (StringIO, BytesIO), the abstract stream
classes, TextIOWrapper and Python versions of the buffered and raw file
classes.

Baton's own file objects (what the built-in open() returns, sys.stdout, ...)
are native; they are registered as virtual subclasses of the ABCs here, so
isinstance(open(path), io.TextIOBase) holds as on CPython.
"""

import sys
import abc
import builtins as _builtins

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

DEFAULT_BUFFER_SIZE = 8192

BlockingIOError = _builtins.BlockingIOError

_CLOSED = "I/O operation on closed file."


# ---- the native file types and their UnsupportedOperation ----------------------------

def _native_types():
    """The types of the files the built-in open() makes (text, binary read,
    binary write) and the UnsupportedOperation they raise."""
    text = rtype = wtype = unsupported = None
    try:
        with _builtins.open("/dev/null", "r") as f:
            text = type(f)
        with _builtins.open("/dev/null", "rb") as f:
            rtype = type(f)
        with _builtins.open("/dev/null", "wb") as f:
            wtype = type(f)
            try:
                f.read()
            except ValueError as e:
                if isinstance(e, OSError):
                    unsupported = type(e)
    except OSError:
        pass
    return text, rtype, wtype, unsupported


_NativeText, _NativeReader, _NativeWriter, UnsupportedOperation = _native_types()

if UnsupportedOperation is None:
    class UnsupportedOperation(OSError, ValueError):
        pass

del _native_types


def _unsupported(name):
    raise UnsupportedOperation("%s" % name)


def _index_or_none(n):
    """A size argument: None or an integer (anything with __index__)."""
    if n is None:
        return -1
    if isinstance(n, int):
        return n
    try:
        return n.__index__()
    except AttributeError:
        raise TypeError("argument should be integer or None, not '%s'"
                        % type(n).__name__) from None


def _index(n):
    if isinstance(n, int):
        return n
    try:
        return n.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(n).__name__) from None


def _bytes_like(b):
    """The bytes of a bytes-like object (TypeError for anything else)."""
    if isinstance(b, (bytes, bytearray)):
        return b
    if isinstance(b, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return memoryview(b).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(b).__name__) from None


# ---- the abstract classes -------------------------------------------------------------

class IOBase(metaclass=abc.ABCMeta):
    """The abstract base class for all I/O classes.

    Subclasses override what they support; the rest raises
    UnsupportedOperation.  Iterating yields lines; a stream is a context
    manager that closes it."""

    _IOBase__closed = False

    def seek(self, pos, whence=0):
        _unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        _unsupported("truncate")

    def flush(self):
        if self.closed:
            raise ValueError(_CLOSED)

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    def __del__(self):
        try:
            closed = self.closed
        except AttributeError:
            return
        if closed:
            return
        try:
            self.close()
        except Exception:
            pass

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError(_CLOSED if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable."
                                       if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable."
                                       if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable."
                                       if msg is None else msg)

    @property
    def closed(self):
        return self.__closed

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        _unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        size = _index_or_none(size)
        peek = getattr(self, "peek", None)
        out = bytearray()
        while size < 0 or len(out) < size:
            n = 1
            if peek is not None:
                ahead = peek(1)
                if not ahead:
                    break
                nl = ahead.find(b"\n") + 1
                n = nl if nl > 0 else len(ahead)
                if size >= 0:
                    n = min(n, size - len(out))
            b = self.read(n)
            if not b:
                break
            out += b
            if out.endswith(b"\n"):
                break
        return bytes(out)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        hint = _index_or_none(hint)
        if hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Base class for raw binary I/O."""

    def read(self, size=-1):
        size = _index_or_none(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        chunks = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            chunks.append(data)
        if not chunks and data is None:
            return None
        return b"".join(chunks)

    def readinto(self, b):
        _unsupported("readinto")

    def write(self, b):
        _unsupported("write")


class BufferedIOBase(IOBase):
    """Base class for buffered binary I/O."""

    def read(self, size=-1):
        _unsupported("read")

    def read1(self, size=-1):
        _unsupported("read1")

    def readinto(self, b):
        return self._readinto(b, False)

    def readinto1(self, b):
        return self._readinto(b, True)

    def _readinto(self, b, read1):
        m = memoryview(b)
        n = len(m)
        data = self.read1(n) if read1 else self.read(n)
        k = len(data)
        m[:k] = data
        return k

    def write(self, b):
        _unsupported("write")

    def detach(self):
        _unsupported("detach")


class TextIOBase(IOBase):
    """Base class for text I/O."""

    def read(self, size=-1):
        _unsupported("read")

    def write(self, s):
        _unsupported("write")

    def truncate(self, pos=None):
        _unsupported("truncate")

    def readline(self, size=-1):
        _unsupported("readline")

    def detach(self):
        _unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


# ---- newline handling shared by StringIO and TextIOWrapper -----------------------------

_NL_CR, _NL_LF, _NL_CRLF = 1, 2, 4
_NEWLINES_SEEN = (None, "\r", "\n", ("\r", "\n"), "\r\n", ("\r", "\r\n"),
                  ("\n", "\r\n"), ("\r", "\n", "\r\n"))


def _newline_kinds(s):
    """The bit set of newline kinds in s."""
    if "\r" not in s:
        return _NL_LF if "\n" in s else 0
    crlf = s.count("\r\n")
    seen = _NL_CRLF if crlf else 0
    if s.count("\r") > crlf:
        seen |= _NL_CR
    if s.count("\n") > crlf:
        seen |= _NL_LF
    return seen


def _check_newline(newline):
    if newline is not None and not isinstance(newline, str):
        raise TypeError("newline must be str or None, not %s"
                        % type(newline).__name__)
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError("illegal newline value: %r" % (newline,))


def _find_line_end(text, start, readnl, final):
    """The end (exclusive) of the line starting at text[start], or -1 when
    no line ending is there yet.  readnl None means any of \\r, \\n, \\r\\n."""
    if readnl is None:
        i = text.find("\n", start)
        j = text.find("\r", start, i if i >= 0 else len(text))
        if j < 0:
            return i + 1 if i >= 0 else -1
        if j + 1 < len(text):
            return j + 2 if text[j + 1] == "\n" else j + 1
        return j + 1 if final else -1
    i = text.find(readnl, start)
    return i + len(readnl) if i >= 0 else -1


class IncrementalNewlineDecoder:
    """Translates \\r\\n and \\r into \\n (when translate is true) on text
    produced by an optional wrapped decoder, remembering which newlines
    were seen."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.seennl = 0
        self.pendingcr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = "\r" + output
            self.pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        self.seennl |= _newline_kinds(output)
        if self.translate and "\r" in output:
            output = output.replace("\r\n", "\n").replace("\r", "\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b"", 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self.pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self.pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self.seennl = 0
        self.pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return _NEWLINES_SEEN[self.seennl]


# ---- StringIO -----------------------------------------------------------------------

class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer.

    The initial_value argument sets the value of the object.  The newline
    argument is like the one of TextIOWrapper's constructor."""

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        _check_newline(newline)
        self._newline = newline
        # What write() does: translate to \n (None), or \n to something else.
        self._writenl = newline if newline in ("\r", "\r\n") else None
        # What ends a line when reading: None for any of \r, \n and \r\n.
        self._readnl = "\n" if newline is None else (newline or None)
        self._seen = 0
        self._closed = False
        self._chunks = []
        self._len = 0
        self._pos = 0
        self._lines = None
        if initial_value:
            self._write(initial_value)
            self._pos = 0

    # The text is a list of chunks, joined on demand: appending stays cheap.
    def _value(self):
        chunks = self._chunks
        if len(chunks) > 1:
            chunks[:] = ["".join(chunks)]
        return chunks[0] if chunks else ""

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def _write(self, s):
        nl = self._newline
        if nl is None or nl == "":
            if "\r" in s or "\n" in s:
                self._seen |= _newline_kinds(s)
                if nl is None and "\r" in s:
                    s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif self._writenl is not None and "\n" in s:
            s = s.replace("\n", self._writenl)
        n = len(s)
        if not n:
            return
        self._lines = None
        pos = self._pos
        if pos == self._len:
            self._chunks.append(s)
            self._len += n
        else:
            text = self._value()
            if pos > self._len:
                text += "\0" * (pos - self._len)
            text = text[:pos] + s + text[pos + n:]
            self._chunks = [text]
            self._len = len(text)
        self._pos = pos + n

    def write(self, s):
        if self._closed:
            raise ValueError("I/O operation on closed file")
        if type(s) is not str and not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        if self._newline == "\n" and self._pos == self._len:
            # The common case: appending, nothing to translate.
            n = len(s)
            if n:
                self._chunks.append(s)
                self._len += n
                self._pos += n
                self._lines = None
            return n
        self._write(s)
        return len(s)

    def writelines(self, lines):
        if self._closed:
            raise ValueError(_CLOSED)
        for line in lines:
            self.write(line)

    def getvalue(self):
        self._check()
        return self._value()

    def read(self, size=-1):
        self._check()
        size = _index_or_none(size)
        pos = self._pos
        if pos >= self._len:
            return ""
        text = self._value()
        if size < 0:
            end = self._len
        else:
            end = min(pos + size, self._len)
        self._pos = end
        return text[pos:end]

    def _split_lines(self, text):
        """text cut into lines that keep their ends, as readline() sees them."""
        readnl = self._readnl
        if readnl is not None:
            parts = text.split(readnl)
            last = parts.pop()
            lines = [p + readnl for p in parts]
            if last:
                lines.append(last)
            return lines
        lines = []
        for piece in self._split_lines_nl(text):
            if "\r" not in piece:
                lines.append(piece)
                continue
            subs = piece.split("\r")
            tail = subs.pop()
            for sub in subs:
                lines.append(sub + "\r")
            if tail == "\n":
                lines[-1] += "\n"
            elif tail:
                lines.append(tail)
        return lines

    def _split_lines_nl(self, text):
        parts = text.split("\n")
        last = parts.pop()
        lines = [p + "\n" for p in parts]
        if last:
            lines.append(last)
        return lines

    def _next_line(self):
        """The next whole line (reading sequentially costs O(1) a line: the
        rest of the text is split once and kept while nothing changes)."""
        pos = self._pos
        if pos >= self._len:
            return ""
        cache = self._lines
        if cache is None or cache[2] != pos:
            cache = self._lines = [self._split_lines(self._value()[pos:]), 0, pos]
        lines, i, _ = cache
        line = lines[i]
        cache[1] = i + 1
        pos += len(line)
        cache[2] = self._pos = pos
        return line

    def readline(self, size=-1):
        self._check()
        size = _index_or_none(size)
        if size < 0:
            return self._next_line()
        pos = self._pos
        if pos >= self._len:
            return ""
        text = self._value()
        end = _find_line_end(text, pos, self._readnl, True)
        if end < 0:
            end = self._len
        if size < end - pos:
            end = pos + size
        self._pos = end
        return text[pos:end]

    def __next__(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")
        if type(self) is StringIO:
            line = self._next_line()
        else:
            line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if self._closed:
            raise ValueError(_CLOSED)
        return TextIOBase.readlines(self, hint)

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        pos = _index(pos)
        whence = _index(whence)
        self._check()
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
        elif pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 1:
            pos = self._pos
        else:
            pos = self._len
        self._pos = pos
        return pos

    def truncate(self, pos=None):
        self._check()
        if pos is None:
            pos = self._pos
        else:
            pos = _index(pos)
            if pos < 0:
                raise ValueError("Negative size value %d" % pos)
        if pos < self._len:
            text = self._value()[:pos]
            self._chunks = [text] if text else []
            self._len = pos
            self._lines = None
        return pos

    def close(self):
        self._closed = True
        self._chunks = []
        self._len = 0
        self._lines = None

    def __del__(self):
        pass

    @property
    def closed(self):
        return self._closed

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        pass

    def isatty(self):
        if self._closed:
            raise ValueError(_CLOSED)
        return False

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        if self._newline is None or self._newline == "":
            return _NEWLINES_SEEN[self._seen]
        return None

    def detach(self):
        _unsupported("detach")

    def fileno(self):
        _unsupported("fileno")

    def __getstate__(self):
        self._check()
        d = dict(self.__dict__)
        for k in ("_newline", "_writenl", "_readnl", "_seen", "_closed", "_chunks",
                  "_len", "_pos", "_lines"):
            d.pop(k, None)
        return (self._value(), self._newline, self._pos, d or None)

    def __setstate__(self, state):
        value, newline, pos, d = state
        StringIO.__init__(self, None, newline)
        self._chunks = [value] if value else []
        self._len = len(value)
        self._pos = pos
        if d:
            self.__dict__.update(d)


# ---- BytesIO ------------------------------------------------------------------------

class BytesIO(BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    def __init__(self, initial_bytes=None):
        buf = bytearray()
        if initial_bytes is not None:
            buf += _bytes_like(initial_bytes)
        self._buf = buf
        self._pos = 0
        self._closed = False

    def _check(self):
        if self._closed:
            raise ValueError(_CLOSED)

    @property
    def closed(self):
        return self._closed

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def getbuffer(self):
        self._check()
        return memoryview(self._buf)

    def read(self, size=-1):
        self._check()
        size = _index_or_none(size)
        pos = self._pos
        n = len(self._buf)
        if pos >= n:
            return b""
        end = n if size < 0 else min(n, pos + size)
        self._pos = end
        return bytes(self._buf[pos:end])

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check()
        size = _index_or_none(size)
        buf = self._buf
        pos = self._pos
        n = len(buf)
        if pos >= n:
            return b""
        i = buf.find(b"\n", pos)
        end = n if i < 0 else i + 1
        if 0 <= size < end - pos:
            end = pos + size
        self._pos = end
        return bytes(buf[pos:end])

    def readlines(self, hint=None):
        self._check()
        return BufferedIOBase.readlines(self, hint)

    def readinto(self, b):
        self._check()
        m = memoryview(b)
        pos = self._pos
        data = self._buf[pos:pos + len(m)]
        k = len(data)
        m[:k] = data
        self._pos = pos + k
        return k

    def readinto1(self, b):
        return self.readinto(b)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        return self

    def write(self, b):
        self._check()
        data = _bytes_like(b)
        n = len(data)
        if not n:
            return 0
        buf = self._buf
        pos = self._pos
        size = len(buf)
        if pos >= size:
            if pos > size:
                buf.extend(bytes(pos - size))
            buf += data
        else:
            buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        pos = _index(pos)
        whence = _index(whence)
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _index(size)
            if size < 0:
                raise ValueError("negative size value %d" % size)
        if size < len(self._buf):
            del self._buf[size:]
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    def close(self):
        if not self._closed:
            # Raises BufferError like CPython while a getbuffer() view is alive.
            del self._buf[:]
            self._closed = True

    def __del__(self):
        pass

    def __enter__(self):
        self._check()
        return self

    def __getstate__(self):
        self._check()
        d = dict(self.__dict__)
        for k in ("_buf", "_pos", "_closed"):
            d.pop(k, None)
        return (bytes(self._buf), self._pos, d or None)

    def __setstate__(self, state):
        value, pos, d = state
        BytesIO.__init__(self, value)
        self._pos = pos
        if d:
            self.__dict__.update(d)


# ---- FileIO and the buffered classes --------------------------------------------------

def _os():
    import os
    return os


class FileIO(RawIOBase):
    """Raw I/O on an OS-level file descriptor (unbuffered binary)."""

    _fd = -1

    def __init__(self, file, mode='r', closefd=True, opener=None):
        os = _os()
        if self._fd >= 0:
            self.close()
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        if not isinstance(mode, str):
            raise TypeError("invalid mode: %s" % (mode,))
        if not set(mode) <= set("rwaxb+") or len(set(mode)) != len(mode) \
                or sum(c in "rwax" for c in mode) != 1:
            raise ValueError("invalid mode: %s" % mode)
        self._readable = self._writable = self._appending = self._created = False
        if "r" in mode:
            self._readable = True
            flags = 0
        elif "w" in mode:
            self._writable = True
            flags = os.O_CREAT | os.O_TRUNC
        elif "a" in mode:
            self._writable = self._appending = True
            flags = os.O_APPEND | os.O_CREAT
        else:
            self._writable = self._created = True
            flags = os.O_EXCL | os.O_CREAT
        if "+" in mode:
            self._readable = self._writable = True
        if self._readable and self._writable:
            flags |= os.O_RDWR
        elif self._readable:
            flags |= os.O_RDONLY
        else:
            flags |= os.O_WRONLY
        flags |= getattr(os, "O_CLOEXEC", 0)
        if isinstance(file, int):
            if file < 0:
                raise ValueError("negative file descriptor")
            fd = file
        else:
            if not closefd:
                raise ValueError("Cannot use closefd=False with file name")
            if opener is None:
                fd = os.open(file, flags, 0o666)
            else:
                fd = opener(file, flags)
                if not isinstance(fd, int):
                    raise TypeError("expected integer from opener")
                if fd < 0:
                    raise ValueError("opener returned %d" % fd)
        self._closefd = closefd
        try:
            import stat as _stat
            st = os.fstat(fd)
            if _stat.S_ISDIR(st.st_mode):
                raise IsADirectoryError(21, "Is a directory", file)
        except OSError:
            if fd != file and closefd:
                os.close(fd)
            raise
        self._fd = fd
        self.name = file
        self.mode = self._mode_string()
        if self._appending:
            try:
                os.lseek(fd, 0, SEEK_END)
            except OSError:
                pass

    def _mode_string(self):
        if self._created:
            return "xb+" if self._readable else "xb"
        if self._appending:
            return "ab+" if self._readable else "ab"
        if self._readable:
            return "rb+" if self._writable else "rb"
        return "wb"

    def __repr__(self):
        cls = "_io.FileIO"
        if self._fd < 0:
            return "<%s [closed]>" % cls
        return "<%s name=%r mode=%r closefd=%r>" % (cls, self.name, self.mode, self._closefd)

    def _check(self):
        if self._fd < 0:
            raise ValueError(_CLOSED)

    @property
    def closed(self):
        return self._fd < 0

    @property
    def closefd(self):
        return self._closefd

    def fileno(self):
        self._check()
        return self._fd

    def readable(self):
        self._check()
        return self._readable

    def writable(self):
        self._check()
        return self._writable

    def seekable(self):
        self._check()
        try:
            _os().lseek(self._fd, 0, SEEK_CUR)
        except OSError:
            return False
        return True

    def isatty(self):
        self._check()
        return _os().isatty(self._fd)

    def read(self, size=-1):
        self._check()
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")
        size = _index_or_none(size)
        if size < 0:
            return self.readall()
        return _os().read(self._fd, size)

    def readall(self):
        self._check()
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")
        os = _os()
        chunks = []
        while True:
            data = os.read(self._fd, 65536)
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks)

    def readinto(self, b):
        m = memoryview(b)
        data = self.read(len(m))
        k = len(data)
        m[:k] = data
        return k

    def write(self, b):
        self._check()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        return _os().write(self._fd, _bytes_like(b))

    def seek(self, pos, whence=SEEK_SET):
        self._check()
        if isinstance(pos, float):
            raise TypeError("an integer is required")
        return _os().lseek(self._fd, _index(pos), whence)

    def tell(self):
        self._check()
        return _os().lseek(self._fd, 0, SEEK_CUR)

    def truncate(self, size=None):
        self._check()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        os = _os()
        if size is None:
            size = self.tell()
        os.ftruncate(self._fd, size)
        return size

    def close(self):
        if self._fd >= 0:
            try:
                RawIOBase.close(self)
            finally:
                fd, self._fd = self._fd, -1
                if self._closefd:
                    _os().close(fd)

    def __del__(self):
        if self._fd >= 0:
            try:
                self.close()
            except Exception:
                pass


class _BufferedBase(BufferedIOBase):
    """What the buffered classes share: the raw stream and its attributes."""

    def _init_raw(self, raw, buffer_size):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self._raw = raw
        self.buffer_size = buffer_size

    @property
    def raw(self):
        return self._raw

    def _checkraw(self):
        if self._raw is None:
            raise ValueError("raw stream has been detached")

    @property
    def closed(self):
        self._checkraw()
        return self._raw.closed

    @property
    def name(self):
        self._checkraw()
        return self._raw.name

    @property
    def mode(self):
        self._checkraw()
        return self._raw.mode

    def fileno(self):
        self._checkraw()
        return self._raw.fileno()

    def isatty(self):
        self._checkraw()
        return self._raw.isatty()

    def seekable(self):
        self._checkraw()
        return self._raw.seekable()

    def readable(self):
        self._checkraw()
        return self._raw.readable()

    def writable(self):
        self._checkraw()
        return self._raw.writable()

    def close(self):
        self._checkraw()
        if self._raw.closed:
            return
        try:
            self.flush()
        finally:
            self._raw.close()

    def __del__(self):
        raw = getattr(self, "_raw", None)
        if raw is not None and not raw.closed:
            try:
                self.close()
            except Exception:
                pass

    def detach(self):
        self._checkraw()
        self.flush()
        raw, self._raw = self._raw, None
        return raw

    def __repr__(self):
        cls = "_io." + type(self).__name__
        try:
            name = self.name
        except (AttributeError, ValueError):
            return "<%s>" % cls
        return "<%s name=%r>" % (cls, name)

    def __getstate__(self):
        raise TypeError("cannot pickle '%s' object" % type(self).__name__)


class BufferedReader(_BufferedBase):
    """A buffer for a readable, sequential raw stream."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.readable():
            raise OSError('"raw" argument must be readable.')
        self._init_raw(raw, buffer_size)
        self._rbuf = b""
        self._rpos = 0

    def _buffered(self):
        return len(self._rbuf) - self._rpos

    def _fill(self, want):
        """Reads from raw once; False at EOF."""
        data = self._raw.read(max(want, self.buffer_size))
        if not data:
            return False
        self._rbuf = self._rbuf[self._rpos:] + data
        self._rpos = 0
        return True

    def read(self, size=-1):
        self._checkraw()
        if self.closed:
            raise ValueError("read of closed file")
        size = _index_or_none(size)
        if size < -1:
            raise ValueError("read length must be non-negative or -1")
        if size < 0:
            head = self._rbuf[self._rpos:]
            self._rbuf, self._rpos = b"", 0
            rest = self._raw.readall() if hasattr(self._raw, "readall") else self._raw.read()
            return head + (rest or b"")
        while self._buffered() < size:
            if not self._fill(size - self._buffered()):
                break
        out = self._rbuf[self._rpos:self._rpos + size]
        self._rpos += len(out)
        return out

    def read1(self, size=-1):
        self._checkraw()
        if self.closed:
            raise ValueError("read of closed file")
        size = _index_or_none(size)
        if size < 0:
            size = self.buffer_size
        if size == 0:
            return b""
        if not self._buffered():
            self._fill(size)
        out = self._rbuf[self._rpos:self._rpos + size]
        self._rpos += len(out)
        return out

    def peek(self, size=0):
        self._checkraw()
        if self.closed:
            raise ValueError("peek of closed file")
        if not self._buffered():
            self._fill(1)
        return self._rbuf[self._rpos:]

    def readline(self, size=-1):
        self._checkraw()
        if self.closed:
            raise ValueError("readline of closed file")
        return _BufferedBase.readline(self, size)

    def tell(self):
        self._checkraw()
        pos = self._raw.tell() - self._buffered()
        return max(pos, 0)

    def seek(self, pos, whence=0):
        self._checkraw()
        if whence not in (0, 1, 2):
            raise ValueError("whence value %d unsupported" % whence)
        if whence == 1:
            pos -= self._buffered()
        self._rbuf, self._rpos = b"", 0
        return self._raw.seek(pos, whence)

    def flush(self):
        self._checkraw()
        if self.closed:
            raise ValueError("flush of closed file")

    def truncate(self, pos=None):
        _unsupported("truncate")


class BufferedWriter(_BufferedBase):
    """A buffer for a writeable sequential raw stream."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.writable():
            raise OSError('"raw" argument must be writable.')
        self._init_raw(raw, buffer_size)
        self._wbuf = bytearray()

    def write(self, b):
        self._checkraw()
        if self.closed:
            raise ValueError("write to closed file")
        data = _bytes_like(b)
        self._wbuf += data
        if len(self._wbuf) > self.buffer_size:
            self._flush_unlocked()
        return len(data)

    def _flush_unlocked(self):
        while self._wbuf:
            n = self._raw.write(bytes(self._wbuf))
            if n is None:
                raise BlockingIOError(11, "write could not complete without blocking", 0)
            del self._wbuf[:n]

    def flush(self):
        self._checkraw()
        if self.closed:
            raise ValueError("flush of closed file")
        self._flush_unlocked()

    def tell(self):
        self._checkraw()
        return self._raw.tell() + len(self._wbuf)

    def seek(self, pos, whence=0):
        self._checkraw()
        if whence not in (0, 1, 2):
            raise ValueError("whence value %d unsupported" % whence)
        self._flush_unlocked()
        return self._raw.seek(pos, whence)

    def truncate(self, pos=None):
        self._checkraw()
        self._flush_unlocked()
        if pos is None:
            pos = self._raw.tell()
        return self._raw.truncate(pos)


class BufferedRandom(BufferedWriter, BufferedReader):
    """A buffered interface to random access streams."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        raw._checkSeekable() if hasattr(raw, "_checkSeekable") else None
        BufferedReader.__init__(self, raw, buffer_size)
        self._wbuf = bytearray()

    def _sync_read(self):
        # Give the raw stream's position back the read-ahead before writing.
        if self._buffered():
            self._raw.seek(-self._buffered(), 1)
        self._rbuf, self._rpos = b"", 0

    def write(self, b):
        self._sync_read()
        return BufferedWriter.write(self, b)

    def read(self, size=-1):
        self.flush()
        return BufferedReader.read(self, size)

    def read1(self, size=-1):
        self.flush()
        return BufferedReader.read1(self, size)

    def peek(self, size=0):
        self.flush()
        return BufferedReader.peek(self, size)

    def readline(self, size=-1):
        self.flush()
        return BufferedReader.readline(self, size)

    def tell(self):
        if self._wbuf:
            return BufferedWriter.tell(self)
        return BufferedReader.tell(self)

    def seek(self, pos, whence=0):
        self.flush()
        return BufferedReader.seek(self, pos, whence)

    def truncate(self, pos=None):
        if pos is None:
            pos = self.tell()
        self._sync_read()
        return BufferedWriter.truncate(self, pos)


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer joined into one stream."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        if not reader.readable():
            raise UnsupportedOperation('"reader" argument must be readable.')
        if not writer.writable():
            raise UnsupportedOperation('"writer" argument must be writable.')
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def peek(self, size=0):
        return self.reader.peek(size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    @property
    def closed(self):
        return self.writer.closed


# ---- encodings for TextIOWrapper --------------------------------------------------------

def _norm_encoding(name):
    return name.lower().replace("_", "-").replace(" ", "-")


_UTF8_NAMES = frozenset(("utf-8", "utf8", "u8", "utf", "cp65001", "utf-8-sig", "utf8-sig"))
_BOM_ENCODINGS = {"utf-8-sig": "utf-8", "utf8-sig": "utf-8",
                  "utf-16": None, "utf16": None, "u16": None,
                  "utf-32": None, "utf32": None, "u32": None}


class _Decoder:
    """An incremental decoder built on bytes.decode: it keeps back the bytes
    of a character that is not complete yet."""

    def __init__(self, encoding, errors):
        self.encoding = encoding
        self.errors = errors
        self.norm = _norm_encoding(encoding)
        self.reset()

    def reset(self):
        self.pending = b""
        self.first = True
        self.actual = self.encoding

    def getstate(self):
        return self.pending, 0

    def setstate(self, state):
        self.pending = state[0]

    def _split(self, data):
        """(decodable prefix, incomplete tail) for the encoding."""
        norm = self.norm
        if norm in _UTF8_NAMES:
            n = len(data)
            for back in (1, 2, 3):
                if back > n:
                    break
                c = data[n - back]
                if c & 0xC0 == 0x80:
                    continue
                need = 2 if c & 0xE0 == 0xC0 else 3 if c & 0xF0 == 0xE0 \
                    else 4 if c & 0xF8 == 0xF0 else 1
                if need > back:
                    return data[:n - back], data[n - back:]
                break
            return data, b""
        if norm.startswith(("utf-16", "utf16", "u16")):
            cut = len(data) & ~1
            if cut >= 2:
                le = not (self.actual.endswith("be") or norm.endswith("be"))
                hi = data[cut - 1] if le else data[cut - 2]
                if 0xD8 <= hi <= 0xDB:
                    cut -= 2
            return data[:cut], data[cut:]
        if norm.startswith(("utf-32", "utf32", "u32")):
            cut = len(data) & ~3
            return data[:cut], data[cut:]
        return None

    def decode(self, data, final=False):
        data = self.pending + bytes(data)
        self.pending = b""
        if not final:
            split = self._split(data)
            if split is None:
                if self.norm in _SINGLE_BYTE:
                    split = data, b""
                else:
                    # Unknown structure: decode only at the end.
                    self.pending = data
                    return ""
            data, self.pending = split
        if not data:
            return ""
        enc = self.actual
        text = data.decode(enc, self.errors)
        if self.first:
            self.first = False
            if self.norm in _BOM_ENCODINGS:
                # The BOM was read: decode the rest with the detected byte order.
                if self.norm.startswith(("utf-16", "utf16", "u16")):
                    self.actual = "utf-16-be" if data[:2] == b"\xfe\xff" else "utf-16-le"
                elif self.norm.startswith(("utf-32", "utf32", "u32")):
                    self.actual = "utf-32-be" if data[:4] == b"\x00\x00\xfe\xff" else "utf-32-le"
                else:
                    self.actual = "utf-8"
                    if text.startswith("\ufeff"):
                        text = text[1:]
        return text


_SINGLE_BYTE = frozenset(("ascii", "us-ascii", "646", "latin-1", "latin1", "latin",
                          "iso-8859-1", "iso8859-1", "l1", "cp1252", "windows-1252",
                          "cp437", "iso-8859-15", "iso8859-15"))


def text_encoding(encoding, stacklevel=2):
    """The encoding to use for text I/O: encoding itself, or "locale"
    ("utf-8" in UTF-8 mode) when it is None."""
    if encoding is None:
        if getattr(sys.flags, "utf8_mode", 0):
            encoding = "utf-8"
        else:
            encoding = "locale"
        if getattr(sys.flags, "warn_default_encoding", 0):
            import warnings
            warnings.warn("'encoding' argument not specified.",
                          EncodingWarning, stacklevel + 1)
    return encoding


def _locale_encoding():
    try:
        import locale
        return locale.getpreferredencoding(False)
    except Exception:
        return "utf-8"


# ---- TextIOWrapper ------------------------------------------------------------------

class TextIOWrapper(TextIOBase):
    """Character and line based layer over a BufferedIOBase object, buffer."""

    _CHUNK_SIZE = 8192
    _buffer = None

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        if errors is not None and not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be str or None, not %s"
                            % type(errors).__name__)
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % (newline,))
        if encoding is None or encoding == "locale":
            encoding = _locale_encoding()
        "".encode(encoding)             # LookupError for an unknown codec
        self._buffer = buffer
        self._encoding = encoding
        self._errors = "strict" if errors is None else errors
        self._set_newline(newline)
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._pending = []
        self._pending_size = 0
        self._decoder = None
        self._seen = 0          # the kinds of newline read so far
        self._reset_read()
        self._wrote = False
        try:
            self._seekable = buffer.seekable()
        except Exception:
            self._seekable = False
        try:
            if self._seekable and buffer.writable() and buffer.tell() != 0:
                self._wrote = True      # no BOM in the middle of a file
        except Exception:
            pass

    def _set_newline(self, newline):
        self._newline = newline
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._readnl = newline or None
        self._writenl = newline if newline in ("\r", "\r\n") else None

    def _reset_read(self):
        self._text = ""        # decoded, not yet translated
        self._tpos = 0
        self._eof = False
        self._held_cr = False
        if self._decoder is not None:
            self._decoder.reset()

    # attributes
    @property
    def buffer(self):
        return self._buffer

    def _attached(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def closed(self):
        return self._attached().closed

    @property
    def name(self):
        return self._attached().name

    @property
    def newlines(self):
        dec = self._decoder
        if dec is None or not self._readuniversal:
            return None
        return _NEWLINES_SEEN[self._seen]

    def __repr__(self):
        out = ["<_io.TextIOWrapper"]
        try:
            name = self.name
        except (AttributeError, ValueError):
            pass
        else:
            out.append(" name=%r" % (name,))
        try:
            mode = self.mode
        except AttributeError:
            pass
        else:
            out.append(" mode=%r" % (mode,))
        out.append(" encoding=%r>" % (self._encoding,))
        return "".join(out)

    def fileno(self):
        return self._attached().fileno()

    def isatty(self):
        return self._attached().isatty()

    def readable(self):
        return self._attached().readable()

    def writable(self):
        return self._attached().writable()

    def seekable(self):
        self._attached()
        if self.closed:
            raise ValueError(_CLOSED)
        return self._seekable

    def _check_closed(self):
        if self._attached().closed:
            raise ValueError(_CLOSED)

    # writing
    def _flush_pending(self):
        if self._pending:
            data = b"".join(self._pending)
            self._pending = []
            self._pending_size = 0
            self._buffer.write(data)

    def _encode(self, s):
        enc = self._encoding
        norm = _norm_encoding(enc)
        if self._wrote and norm in _BOM_ENCODINGS:
            if norm.startswith(("utf-16", "utf16", "u16")):
                enc = "utf-16-le" if sys.byteorder == "little" else "utf-16-be"
            elif norm.startswith(("utf-32", "utf32", "u32")):
                enc = "utf-32-le" if sys.byteorder == "little" else "utf-32-be"
            else:
                enc = "utf-8"
        self._wrote = True
        return s.encode(enc, self._errors)

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if not self._buffer.writable():
            raise UnsupportedOperation("not writable")
        n = len(s)
        haslf = "\n" in s
        if self._writenl is not None and haslf:
            s = s.replace("\n", self._writenl)
        needflush = self._line_buffering and (haslf or "\r" in s)
        if self._decoder is not None:
            # Like CPython: read-ahead is dropped, the buffer is not moved back.
            self._reset_read()
            self._decoder = None
        b = self._encode(s)
        self._pending.append(b)
        self._pending_size += len(b)
        if self._pending_size >= self._CHUNK_SIZE or needflush or self._write_through:
            self._flush_pending()
        if needflush:
            self._buffer.flush()
        return n

    def flush(self):
        self._check_closed()
        self._flush_pending()
        self._buffer.flush()

    def close(self):
        buf = self._attached()
        if not buf.closed:
            try:
                self.flush()
            finally:
                buf.close()

    def __del__(self):
        buf = self._buffer
        if buf is not None:
            try:
                if not buf.closed:
                    self.close()
            except Exception:
                pass

    def detach(self):
        buf = self._attached()
        self.flush()
        self._buffer = None
        return buf

    # reading
    def _get_decoder(self):
        if self._decoder is None:
            if not self._buffer.readable():
                raise UnsupportedOperation("not readable")
            self._decoder = _Decoder(self._encoding, self._errors)
        return self._decoder

    def _read_chunk(self, size=None):
        """Decodes more input into self._text; False at end of file."""
        if self._eof:
            return False
        dec = self._get_decoder()
        buf = self._buffer
        n = self._CHUNK_SIZE if size is None else size
        read1 = getattr(buf, "read1", None)
        data = read1(n) if read1 is not None else buf.read(n)
        final = not data
        text = dec.decode(data or b"", final)
        if self._held_cr:
            text = "\r" + text
            self._held_cr = False
        if not final and text.endswith("\r"):
            # Is it \r\n?  Only the next chunk can tell.
            text = text[:-1]
            self._held_cr = True
        if self._readuniversal and text:
            self._seen |= _newline_kinds(text)
        rest = self._text[self._tpos:]
        self._text = rest + text if rest else text
        self._tpos = 0
        if final:
            self._eof = True
        return not final or bool(text)

    def _take(self, n):
        """Up to n characters (after newline translation) of the decoded text."""
        text = self._text
        pos = self._tpos
        if not self._readtranslate:
            out = text[pos:pos + n]
            self._tpos = pos + len(out)
            return out
        parts = []
        need = n
        while need > 0 and pos < len(text):
            seg = text[pos:pos + need]
            adv = len(seg)
            if seg.endswith("\r") and text.startswith("\n", pos + adv):
                seg += "\n"
                adv += 1
            if "\r" in seg:
                seg = seg.replace("\r\n", "\n").replace("\r", "\n")
            parts.append(seg)
            need -= len(seg)
            pos += adv
        self._tpos = pos
        return "".join(parts)

    def _translate(self, s):
        if self._readtranslate and "\r" in s:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        return s

    def read(self, size=-1):
        self._check_closed()
        size = _index_or_none(size)
        self._get_decoder()
        self._flush_pending()
        if size < 0:
            data = self._buffer.read()
            text = self._decoder.decode(data or b"", True)
            if self._held_cr:
                text = "\r" + text
                self._held_cr = False
            if self._readuniversal and text:
                self._seen |= _newline_kinds(text)
            rest = self._text[self._tpos:] + text
            self._text, self._tpos, self._eof = "", 0, True
            return self._translate(rest)
        parts = []
        while size > 0:
            got = self._take(size)
            if got:
                parts.append(got)
                size -= len(got)
            elif not self._read_chunk():
                break
        return "".join(parts)

    def readline(self, size=-1):
        self._check_closed()
        size = _index_or_none(size)
        self._get_decoder()
        self._flush_pending()
        readnl = None if self._readuniversal else self._readnl
        while True:
            end = _find_line_end(self._text, self._tpos, readnl, self._eof)
            if end >= 0:
                break
            if size >= 0 and len(self._text) - self._tpos > size:
                end = len(self._text)
                break
            if not self._read_chunk():
                end = len(self._text)
                break
        start = self._tpos
        line = self._translate(self._text[start:end])
        if 0 <= size < len(line):
            return self._take(size)
        self._tpos = end
        return line

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # positioning
    def _tell_unflushed(self):
        pos = self._buffer.tell()
        dec = self._decoder
        if dec is None:
            return pos
        unread = self._text[self._tpos:]
        if self._held_cr:
            unread += "\r"
        if unread:
            pos -= len(unread.encode(dec.actual, self._errors))
        return pos - len(dec.pending)

    def tell(self):
        self._check_closed()
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")
        self.flush()
        return self._tell_unflushed()

    def seek(self, cookie, whence=0):
        self._check_closed()
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")
        whence = _index(whence)
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = 0
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            pos = self._buffer.seek(0, 2)
            self._reset_read()
            self._decoder = None
            return pos
        elif whence != 0:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        if isinstance(cookie, float):
            raise TypeError("an integer is required")
        cookie = _index(cookie)
        if cookie < 0:
            raise ValueError("negative seek position %d" % cookie)
        self.flush()
        self._buffer.seek(cookie)
        self._reset_read()
        self._decoder = None
        if cookie != 0:
            self._wrote = True
        return cookie

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._buffer.truncate(pos)

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        if self._decoder is not None and (encoding is not None or errors is not None
                                          or newline is not Ellipsis):
            if self._text[self._tpos:] or self._held_cr:
                raise UnsupportedOperation(
                    "It is not possible to set the encoding or newline of stream "
                    "after the first read")
        if errors is None:
            errors = self._errors if encoding is None else "strict"
        if encoding is not None:
            if encoding == "locale":
                encoding = _locale_encoding()
            "".encode(encoding)
        if newline is not Ellipsis:
            _check_newline(newline)
        self.flush()
        if encoding is not None:
            self._encoding = encoding
        self._errors = errors
        if newline is not Ellipsis:
            self._set_newline(newline)
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)
        self._decoder = None


# ---- open ----------------------------------------------------------------------------

def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    """Open file and return a stream.  Raise OSError upon failure.

    Paths go to the built-in open(); file descriptors, an opener and
    unbuffered binary mode are served by FileIO and the buffered classes."""
    if encoding == "locale":
        encoding = _locale_encoding()
    if not (isinstance(file, int) and not isinstance(file, bool)) \
            and opener is None and buffering != 0 and closefd:
        return _builtins.open(file, mode, buffering, encoding, errors, newline)
    if isinstance(file, float) or not isinstance(file, (str, bytes, int)) \
            and not hasattr(file, "__fspath__"):
        raise TypeError("invalid file: %r" % (file,))
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    modes = set(mode)
    if not modes <= set("axrwb+tU") or len(mode) > len(modes):
        raise ValueError("invalid mode: '%s'" % mode)
    creating, reading, writing, appending = "x" in modes, "r" in modes, "w" in modes, "a" in modes
    updating, text, binary = "+" in modes, "t" in modes, "b" in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not (creating or reading or writing or appending):
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        import warnings
        warnings.warn("line buffering (buffering=1) isn't supported in binary "
                      "mode, the default buffer size will be used",
                      RuntimeWarning, 2)
    if not hasattr(file, "__index__") and hasattr(file, "__fspath__"):
        file = file.__fspath__()
    raw = FileIO(file, (creating and "x" or "") + (reading and "r" or "")
                 + (writing and "w" or "") + (appending and "a" or "")
                 + (updating and "+" or ""), closefd, opener=opener)
    result = raw
    try:
        line_buffering = False
        if buffering == 1 or buffering < 0 and raw.isatty():
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if binary:
                return result
            raise ValueError("can't have unbuffered text I/O")
        if updating:
            buffer = BufferedRandom(raw, buffering)
        elif creating or writing or appending:
            buffer = BufferedWriter(raw, buffering)
        else:
            buffer = BufferedReader(raw, buffering)
        result = buffer
        if binary:
            return result
        text = TextIOWrapper(buffer, encoding, errors, newline, line_buffering)
        result = text
        text.mode = mode
        return result
    except:
        result.close()
        raise


def open_code(path):
    """Opens the file at path for reading as bytes (what import would read)."""
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s"
                        % type(path).__name__)
    return _builtins.open(path, "rb")


# ---- registering the concrete and native classes with the ABCs -------------------------

for _cls in (StringIO, BytesIO, TextIOWrapper, FileIO, BufferedReader,
             BufferedWriter, BufferedRandom, BufferedRWPair):
    _cls.__module__ = "_io"
del _cls

if _NativeText is not None:
    TextIOWrapper.register(_NativeText)
if _NativeReader is not None:
    BufferedReader.register(_NativeReader)
if _NativeWriter is not None and _NativeWriter is not _NativeReader:
    BufferedWriter.register(_NativeWriter)

try:
    EncodingWarning
except NameError:
    EncodingWarning = Warning

# The concrete classes say they come from "_io" (as on CPython); that name
# must import for pickle to find them, and this module is their home here.
sys.modules.setdefault("_io", sys.modules[__name__])
