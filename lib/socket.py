"""Low-level networking: the socket class and helpers, over the native
`_socket` module.

    socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None)
    socketpair(), fromfd(), create_connection(), create_server(),
    getaddrinfo(), getfqdn(), gethostname(), gethostbyname(), ...

Every call that can block releases the GIL. A socket with a timeout
raises TimeoutError (socket.timeout) when it runs out.
"""

import _socket
from _socket import *

import os
import sys
import io
import errno as _errno
from enum import IntEnum, IntFlag

EBADF = getattr(_errno, 'EBADF', 9)
EAGAIN = getattr(_errno, 'EAGAIN', 11)
EWOULDBLOCK = getattr(_errno, 'EWOULDBLOCK', 11)

__all__ = ["fromfd", "getfqdn", "create_connection", "create_server",
           "has_dualstack_ipv6", "AddressFamily", "SocketKind"]
__all__.extend(name for name in dir(_socket) if not name.startswith('_'))

IntEnum._convert_(
        'AddressFamily',
        __name__,
        lambda C: C.isupper() and C.startswith('AF_'))

IntEnum._convert_(
        'SocketKind',
        __name__,
        lambda C: C.isupper() and C.startswith('SOCK_'))

IntFlag._convert_(
        'MsgFlag',
        __name__,
        lambda C: C.isupper() and C.startswith('MSG_'))

IntFlag._convert_(
        'AddressInfo',
        __name__,
        lambda C: C.isupper() and C.startswith('AI_'))

_LOCALHOST = '127.0.0.1'
_LOCALHOST_V6 = '::1'


def _intenum_converter(value, enum_klass):
    """*value* as a member of *enum_klass*, or unchanged if it is none."""
    try:
        return enum_klass(value)
    except ValueError:
        return value


class _GiveupOnSendfile(Exception):
    pass


class socket(_socket.socket):
    """A socket: _socket.socket plus files (makefile()), context management
    and enum-valued family/type."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
        _socket.socket.__init__(self, family, type, proto, fileno)
        self._io_refs = 0
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        """<socket.socket fd=..., family=..., type=..., proto=..., laddr=..., raddr=...>"""
        closed = getattr(self, '_closed', False)
        s = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" \
            % (self.__class__.__module__,
               self.__class__.__qualname__,
               " [closed]" if closed else "",
               self.fileno(),
               self.family,
               self.type,
               self.proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += ", laddr=%s" % str(laddr)
            except error:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ", raddr=%s" % str(raddr)
            except error:
                pass
        s += '>'
        return s

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    def dup(self):
        """A new socket object on a duplicate of the descriptor (same family,
        type, protocol and timeout)."""
        fd = dup(self.fileno())
        sock = self.__class__(self.family, self.type, self.proto, fileno=fd)
        sock.settimeout(self.gettimeout())
        return sock

    def accept(self):
        """Wait for a connection; return (the connected socket, the peer's
        address)."""
        fd, addr = self._accept()
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        # With no default timeout, the new socket blocks even when the
        # listening one has a timeout.
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

    def makefile(self, mode="r", buffering=None, *,
                 encoding=None, errors=None, newline=None):
        """A file object reading and/or writing the socket (modes made of
        'r', 'w' and 'b'; the other arguments are open()'s)."""
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        writing = "w" in mode
        reading = "r" in mode or not writing
        binary = "b" in mode
        rawmode = ""
        if reading:
            rawmode += "r"
        if writing:
            rawmode += "w"
        raw = SocketIO(self, rawmode)
        self._io_refs += 1
        if buffering is None:
            buffering = -1
        if buffering < 0:
            buffering = io.DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if not binary:
                raise ValueError("unbuffered streams must be binary")
            return raw
        if reading and writing:
            buffer = io.BufferedRWPair(raw, raw, buffering)
        elif reading:
            buffer = io.BufferedReader(raw, buffering)
        else:
            buffer = io.BufferedWriter(raw, buffering)
        if binary:
            return buffer
        encoding = io.text_encoding(encoding)
        text = io.TextIOWrapper(buffer, encoding, errors, newline)
        text.mode = mode
        return text

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def _real_close(self, _ss=_socket.socket):
        _ss.close(self)

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def detach(self):
        """Give up the descriptor without closing it and return it."""
        self._closed = True
        return super().detach()

    @property
    def family(self):
        """The address family (an AddressFamily member when known)."""
        return _intenum_converter(super().family, AddressFamily)

    @property
    def type(self):
        """The socket type (a SocketKind member when known)."""
        return _intenum_converter(super().type, SocketKind)

    def get_inheritable(self):
        return os.get_inheritable(self.fileno())

    def set_inheritable(self, inheritable):
        os.set_inheritable(self.fileno(), inheritable)

    def sendfile(self, file, offset=0, count=None):
        """Send a file until EOF is reached, with send(); return the number
        of bytes sent."""
        if 'b' not in getattr(file, 'mode', 'b'):
            raise ValueError("file should be opened in binary mode")
        if not self.type & SOCK_STREAM:
            raise ValueError("only SOCK_STREAM type sockets are supported")
        if count is not None:
            if not isinstance(count, int):
                raise TypeError(
                    "count must be a positive integer (got {!r})".format(count))
            if count <= 0:
                raise ValueError(
                    "count must be a positive integer (got {!r})".format(count))
        if offset:
            file.seek(offset)
        blocksize = min(count, 8192) if count else 8192
        total_sent = 0
        try:
            while True:
                if count:
                    blocksize = min(count - total_sent, blocksize)
                    if blocksize <= 0:
                        break
                data = file.read(blocksize)
                if not data:
                    break
                self.sendall(data)
                total_sent += len(data)
            return total_sent
        finally:
            if total_sent > 0 and hasattr(file, 'seek'):
                file.seek(offset + total_sent)


SocketType = _socket.socket


def fromfd(fd, family, type, proto=0):
    """A socket object on a duplicate of descriptor *fd*."""
    nfd = dup(fd)
    return socket(family, type, proto, nfd)


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """Two connected socket objects (AF_UNIX by default)."""
    if family is None:
        family = AF_UNIX
    a, b = _socket.socketpair(family, type, proto)
    a = socket(family, type, proto, a.detach())
    b = socket(family, type, proto, b.detach())
    return a, b


_blocking_errnos = {EAGAIN, EWOULDBLOCK}


class SocketIO(io.RawIOBase):
    """The raw binary stream under makefile(): reads and writes go to the
    socket with recv_into() and send(), so the socket's timeout applies."""

    def __init__(self, sock, mode):
        if mode not in ("r", "w", "rw", "rb", "wb", "rwb"):
            raise ValueError("invalid mode: %r" % mode)
        io.RawIOBase.__init__(self)
        self._sock = sock
        if "b" not in mode:
            mode += "b"
        self._mode = mode
        self._reading = "r" in mode
        self._writing = "w" in mode
        self._timeout_occurred = False

    def readinto(self, b):
        """Receive into the writable buffer *b*; return how many bytes came
        (0: the peer shut the connection down), or None when a non-blocking
        socket has nothing yet."""
        self._checkClosed()
        self._checkReadable()
        if self._timeout_occurred:
            raise OSError("cannot read from timed out object")
        while True:
            try:
                return self._sock.recv_into(b)
            except timeout:
                self._timeout_occurred = True
                raise
            except error as e:
                if e.errno in _blocking_errnos:
                    return None
                raise

    def write(self, b):
        """Send what of *b* the socket takes at once; return that count, or
        None when a non-blocking socket takes nothing."""
        self._checkClosed()
        self._checkWritable()
        try:
            return self._sock.send(b)
        except error as e:
            if e.errno in _blocking_errnos:
                return None
            raise

    def readable(self):
        """Whether the stream was opened for reading."""
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._reading

    def writable(self):
        """Whether the stream was opened for writing."""
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._writing

    def seekable(self):
        """Sockets cannot seek."""
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return super().seekable()

    def fileno(self):
        """The socket's file descriptor."""
        self._checkClosed()
        return self._sock.fileno()

    @property
    def name(self):
        if not self.closed:
            return self.fileno()
        else:
            return -1

    @property
    def mode(self):
        return self._mode

    def close(self):
        """Close the stream; the socket closes once it and every stream made
        from it are closed."""
        if self.closed:
            return
        io.RawIOBase.close(self)
        self._sock._decref_socketios()
        self._sock = None


def getfqdn(name=''):
    """The fully qualified name of host *name* (the local host if empty),
    or *name* itself when no better one is known."""
    name = name.strip()
    if not name or name in ('0.0.0.0', '::'):
        name = gethostname()
    try:
        hostname, aliases, ipaddrs = gethostbyaddr(name)
    except error:
        pass
    else:
        aliases.insert(0, hostname)
        for name in aliases:
            if '.' in name:
                break
        else:
            name = hostname
    return name


_GLOBAL_DEFAULT_TIMEOUT = object()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT,
                      source_address=None, *, all_errors=False):
    """Connect to *address* (a (host, port) pair) and return the socket.

    Every address getaddrinfo() gives for the host is tried in turn; if
    none can be connected to, the last error is raised (all of them in an
    ExceptionGroup when *all_errors* is true).
    """
    host, port = address
    exceptions = []
    for res in getaddrinfo(host, port, 0, SOCK_STREAM):
        af, socktype, proto, canonname, sa = res
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            exceptions.clear()
            return sock
        except error as exc:
            if not all_errors:
                exceptions.clear()
            exceptions.append(exc)
            if sock is not None:
                sock.close()

    if len(exceptions):
        try:
            if not all_errors:
                raise exceptions[0]
            group = getattr(__builtins__, "ExceptionGroup", None) if not isinstance(
                __builtins__, dict) else __builtins__.get("ExceptionGroup")
            if group is None:
                raise exceptions[0]
            raise group("create_connection failed", exceptions)
        finally:
            exceptions.clear()
    else:
        raise error("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    """Whether one IPv6 stream socket can also take IPv4 connections."""
    if not has_ipv6 \
            or not hasattr(_socket, 'IPPROTO_IPV6') \
            or not hasattr(_socket, 'IPV6_V6ONLY'):
        return False
    try:
        with socket(AF_INET6, SOCK_STREAM) as sock:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
            return True
    except error:
        return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    """A listening stream socket bound to *address*, with SO_REUSEADDR set
    (and SO_REUSEPORT, or dual-stack IPv6, when asked for)."""
    if reuse_port and not hasattr(_socket, "SO_REUSEPORT"):
        raise ValueError("SO_REUSEPORT not supported on this platform")
    if dualstack_ipv6:
        if not has_dualstack_ipv6():
            raise ValueError("dualstack_ipv6 not supported on this platform")
        if family != AF_INET6:
            raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        # Allow a new server on the address of a closed one right away.
        try:
            sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        except error:
            pass
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if has_ipv6 and family == AF_INET6:
            if dualstack_ipv6:
                sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
            else:
                sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 1)
        try:
            sock.bind(address)
        except error as err:
            msg = '%s (while attempting to bind on address %r)' % \
                (err.strerror, address)
            raise error(err.errno, msg) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except error:
        sock.close()
        raise


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """_socket.getaddrinfo() with the family and type given as
    AddressFamily and SocketKind members when they are known."""
    addrlist = []
    for res in _socket.getaddrinfo(host, port, family, type, proto, flags):
        af, socktype, proto, canonname, sa = res
        addrlist.append((_intenum_converter(af, AddressFamily),
                         _intenum_converter(socktype, SocketKind),
                         proto, canonname, sa))
    return addrlist
