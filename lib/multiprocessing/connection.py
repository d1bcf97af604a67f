"""Connections: message-oriented ends of pipes (Pipe()), and wait() for
several of them (and process sentinels) at once.

A message is a 4-byte big-endian signed length followed by the bytes (a
length of -1 is followed by an 8-byte unsigned length, for huge messages).
A duplex Pipe() is two OS pipes, one per direction.
"""

__all__ = ['Client', 'Listener', 'Pipe', 'wait', 'Connection']

import os
import struct
import time

from . import reduction
from . import util
from .context import BufferTooShort, AuthenticationError  # noqa: F401

_HEADER = struct.Struct('!i')
_HUGE_HEADER = struct.Struct('!Q')
_READ_CHUNK = 256 * 1024
_WRITE_CHUNK = 256 * 1024
_SMALL = 16384

try:
    import select as _select
except ImportError:
    _select = None


def _write_all(fd, data):
    n = len(data)
    if n <= _WRITE_CHUNK:
        while True:
            try:
                written = os.write(fd, data)
            except BlockingIOError:
                time.sleep(0.001)
                continue
            if written == n:
                return
            data = data[written:]
            n -= written
    pos = 0
    while pos < n:
        try:
            pos += os.write(fd, data[pos:pos + _WRITE_CHUNK])
        except BlockingIOError:
            time.sleep(0.001)


class Connection(object):
    """A connection to the other end of a pipe: send()/recv() objects,
    send_bytes()/recv_bytes() byte strings."""

    _handle = None
    _wfd = None
    _rbuf = b''

    def __init__(self, handle, readable=True, writable=True, *, _wfd=None):
        handle = handle.__index__()
        if handle < 0:
            raise ValueError("invalid handle")
        if not readable and not writable:
            raise ValueError(
                "at least one of `readable` and `writable` must be True")
        self._handle = handle
        self._wfd = handle if _wfd is None else _wfd.__index__()
        self._readable = readable
        self._writable = writable
        self._rbuf = b''

    def __del__(self):
        if self._handle is not None:
            try:
                self._close()
            except OSError:
                pass

    def _check_closed(self):
        if self._handle is None:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    def _bad_message_length(self):
        if self._writable:
            self._readable = False
        else:
            self.close()
        raise OSError("bad message length")

    @property
    def closed(self):
        """True if the connection is closed"""
        return self._handle is None

    @property
    def readable(self):
        """True if the connection is readable"""
        return self._readable

    @property
    def writable(self):
        """True if the connection is writable"""
        return self._writable

    def fileno(self):
        """File descriptor or handle of the connection"""
        self._check_closed()
        return self._handle

    def _close(self):
        handle, wfd = self._handle, self._wfd
        self._handle = self._wfd = None
        try:
            os.close(handle)
        finally:
            if wfd is not None and wfd != handle:
                os.close(wfd)

    def close(self):
        """Close the connection"""
        if self._handle is not None:
            self._close()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()

    # -- sending

    def send_bytes(self, buf, offset=0, size=None):
        """Send the bytes data from a bytes-like object"""
        self._check_closed()
        self._check_writable()
        if isinstance(buf, (bytes, bytearray)):
            data = buf
        else:
            m = memoryview(buf)
            if m.itemsize > 1:
                m = m.cast('B')
            data = m
        n = len(data)
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        if offset or size != n:
            data = data[offset:offset + size]
        if not isinstance(data, (bytes, bytearray)):
            data = bytes(data)
        self._send_bytes(data)

    def send(self, obj):
        """Send a (picklable) object"""
        self._check_closed()
        self._check_writable()
        self._send_bytes(reduction.dumps(obj))

    def _send_bytes(self, data):
        n = len(data)
        if n > 0x7fffffff:
            header = _HEADER.pack(-1) + _HUGE_HEADER.pack(n)
        else:
            header = _HEADER.pack(n)
        if n < _SMALL:
            _write_all(self._wfd, header + data)
        else:
            _write_all(self._wfd, header)
            _write_all(self._wfd, data)

    # -- receiving

    def _recv(self, size):
        """Exactly size bytes (EOFError if the other end closed before the
        first one)."""
        buf = self._rbuf
        if buf:
            if len(buf) >= size:
                self._rbuf = buf[size:]
                return buf[:size]
            self._rbuf = b''
            chunks = [buf]
            remaining = size - len(buf)
        else:
            chunks = []
            remaining = size
        fd = self._handle
        while remaining > 0:
            try:
                chunk = os.read(fd, min(remaining, _READ_CHUNK))
            except BlockingIOError:
                # another process is probing this pipe (see wait())
                time.sleep(0.001)
                continue
            if not chunk:
                if remaining == size:
                    raise EOFError
                raise OSError("got end of file during message")
            chunks.append(chunk)
            remaining -= len(chunk)
        if len(chunks) == 1:
            return chunks[0]
        return b''.join(chunks)

    def _recv_bytes(self, maxsize=None):
        size, = _HEADER.unpack(self._recv(4))
        if size == -1:
            size, = _HUGE_HEADER.unpack(self._recv(8))
        if maxsize is not None and size > maxsize:
            return None
        if size == 0:
            return b''
        return self._recv(size)

    def recv_bytes(self, maxlength=None):
        """Receive bytes data as a bytes object."""
        self._check_closed()
        self._check_readable()
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        buf = self._recv_bytes(maxlength)
        if buf is None:
            self._bad_message_length()
        return bytes(buf)

    def recv_bytes_into(self, buf, offset=0):
        """Receive bytes data into a writeable bytes-like object.
        Return the number of bytes read."""
        self._check_closed()
        self._check_readable()
        if isinstance(buf, bytearray):
            target, itemsize, bytesize = buf, 1, len(buf)
        else:
            m = memoryview(buf)
            itemsize = m.itemsize
            bytesize = itemsize * len(m)
            target = m.cast('B') if itemsize > 1 else m
        if offset < 0:
            raise ValueError("negative offset")
        elif offset > bytesize:
            raise ValueError("offset too large")
        data = self._recv_bytes()
        size = len(data)
        if bytesize - offset < size:
            raise BufferTooShort(bytes(data))
        target[offset:offset + size] = data
        return size

    def recv(self):
        """Receive a (picklable) object"""
        self._check_closed()
        self._check_readable()
        return reduction.loads(self._recv_bytes())

    def poll(self, timeout=0.0):
        """Whether there is any input available to be read"""
        self._check_closed()
        self._check_readable()
        return self._poll(timeout)

    def _poll(self, timeout):
        if self._rbuf:
            return True
        return bool(wait([self], timeout))

    def _probe(self):
        """Fallback readiness test (no select module): read one byte without
        blocking; if there is one, read the rest of that message too, so
        the pipe stays aligned on message boundaries for other readers."""
        fd = self._handle
        got = _probe_fd(fd)
        if got is None:
            return False
        if got:
            # complete the message in our buffer
            self._rbuf = got
            header = self._recv(4)
            size, = _HEADER.unpack(header)
            extra = b''
            if size == -1:
                extra = self._recv(8)
                size, = _HUGE_HEADER.unpack(extra)
            body = self._recv(size) if size else b''
            self._rbuf = header + extra + body
        return True

    def __reduce__(self):
        # only while starting a child (the fds are inherited by number)
        rfd = reduction.DupFd(self._handle)
        wfd = None
        if self._wfd != self._handle:
            wfd = reduction.DupFd(self._wfd)
        return rebuild_connection, (rfd, wfd, self._readable, self._writable)


def rebuild_connection(fd, wfd, readable, writable):
    os.set_inheritable(fd, False)
    if wfd is not None:
        os.set_inheritable(wfd, False)
    return Connection(fd, readable, writable, _wfd=wfd)


def Pipe(duplex=True):
    """Returns pair of connection objects at either end of a pipe."""
    # Messages will be pickled: load pickle now, before children are forked,
    # rather than once in every child.
    reduction._get_pickle()
    if duplex:
        r1, w1 = os.pipe()
        r2, w2 = os.pipe()
        c1 = Connection(r1, _wfd=w2)
        c2 = Connection(r2, _wfd=w1)
    else:
        r, w = os.pipe()
        c1 = Connection(r, writable=False)
        c2 = Connection(w, readable=False)
    return c1, c2


#
# wait()
#

def _probe_fd(fd):
    """Reads at most one byte without blocking: None if reading would
    block, b'' at end of file (or for a bad fd: ready, as select says),
    else the byte read."""
    try:
        blocking = os.get_blocking(fd)
    except OSError:
        return b''
    if blocking:
        os.set_blocking(fd, False)
    try:
        return os.read(fd, 1)
    except BlockingIOError:
        return None
    except OSError:
        return b''
    finally:
        if blocking:
            try:
                os.set_blocking(fd, True)
            except OSError:
                pass


def _fileno(obj):
    if isinstance(obj, int):
        return obj
    return obj.fileno()


def _select_ready(object_list, timeout):
    fds = {}
    for obj in object_list:
        fds.setdefault(_fileno(obj), []).append(obj)
    if hasattr(_select, 'poll'):
        poller = _select.poll()
        for fd in fds:
            poller.register(fd, _select.POLLIN)
        ms = None if timeout is None else max(0, int(timeout * 1000 + 0.999))
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            try:
                events = poller.poll(ms)
                break
            except InterruptedError:
                if deadline is not None:
                    ms = max(0, int((deadline - time.monotonic()) * 1000))
        ready_fds = {fd for fd, _ in events}
    else:
        r, _, _ = _select.select(list(fds), [], [], timeout)
        ready_fds = set(r)
    return [obj for obj in object_list if _fileno(obj) in ready_fds]


def wait(object_list, timeout=None):
    """Wait till an object in object_list is ready/readable.

    Returns list of those objects in object_list which are ready/readable."""
    object_list = list(object_list)
    ready = [o for o in object_list if isinstance(o, Connection) and o._rbuf]
    if ready:
        return ready
    if _select is not None:
        return _select_ready(object_list, timeout)
    # No select: probe each object without blocking, with growing pauses.
    deadline = None if timeout is None else time.monotonic() + timeout
    delay = 0.0002
    while True:
        ready = []
        for obj in object_list:
            if isinstance(obj, Connection):
                if obj._rbuf or obj._probe():
                    ready.append(obj)
            elif _probe_fd(_fileno(obj)) is not None:
                ready.append(obj)
        if ready:
            return ready
        if deadline is None:
            time.sleep(delay)
        else:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return []
            time.sleep(min(delay, remaining))
        delay = min(delay * 2, 0.01)


#
# Listener and Client: connections over sockets, with an optional
# challenge/response authentication (HMAC of a random message)
#

BUFSIZE = 8192
CONNECTION_TIMEOUT = 20.
MESSAGE_LENGTH = 20
CHALLENGE = b'#CHALLENGE#'
WELCOME = b'#WELCOME#'
FAILURE = b'#FAILURE#'

default_family = 'AF_UNIX'
families = ['AF_INET', 'AF_UNIX']


def arbitrary_address(family):
    """Return an arbitrary free address for the given family."""
    if family == 'AF_INET':
        return ('localhost', 0)
    elif family == 'AF_UNIX':
        import tempfile
        return tempfile.mktemp(prefix='listener-', dir=util.get_temp_dir())
    else:
        raise ValueError('unrecognized family')


def _validate_family(family):
    if family not in families:
        raise ValueError('Family %s is not recognized.' % family)


def address_type(address):
    """Return the types of the address: 'AF_INET', 'AF_UNIX' or 'AF_PIPE'."""
    if type(address) == tuple:
        return 'AF_INET'
    elif type(address) is str and address.startswith('\\\\'):
        return 'AF_PIPE'
    elif type(address) is str or util.is_abstract_socket_namespace(address):
        return 'AF_UNIX'
    else:
        raise ValueError('address type of %r unrecognized' % address)


class Listener(object):
    """Returns a listener object.

    This is a wrapper for a bound socket which is 'listening' for
    connections, or for a Windows named pipe."""

    def __init__(self, address=None, family=None, backlog=1, authkey=None):
        family = family or (address and address_type(address)) \
            or default_family
        address = address or arbitrary_address(family)
        _validate_family(family)
        self._listener = SocketListener(address, family, backlog)
        if authkey is not None and not isinstance(authkey, bytes):
            raise TypeError('authkey should be a byte string')
        self._authkey = authkey

    def accept(self):
        """Accept a connection on the bound socket or named pipe of `self`.

        Returns a `Connection` object."""
        if self._listener is None:
            raise OSError('listener is closed')
        c = self._listener.accept()
        if self._authkey:
            deliver_challenge(c, self._authkey)
            answer_challenge(c, self._authkey)
        return c

    def close(self):
        """Close the bound socket or named pipe of `self`."""
        listener = self._listener
        if listener is not None:
            self._listener = None
            listener.close()

    @property
    def address(self):
        return self._listener._address

    @property
    def last_accepted(self):
        return self._listener._last_accepted

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


def Client(address, family=None, authkey=None):
    """Returns a connection to the address of a `Listener`."""
    family = family or address_type(address)
    _validate_family(family)
    c = SocketClient(address)
    if authkey is not None and not isinstance(authkey, bytes):
        raise TypeError('authkey should be a byte string')
    if authkey is not None:
        answer_challenge(c, authkey)
        deliver_challenge(c, authkey)
    return c


class SocketListener(object):
    """A socket bound to an address, listening for connections."""

    def __init__(self, address, family, backlog=1):
        import socket
        self._socket = socket.socket(getattr(socket, family))
        try:
            if family != 'AF_UNIX':
                self._socket.setsockopt(socket.SOL_SOCKET,
                                        socket.SO_REUSEADDR, 1)
            self._socket.setblocking(True)
            self._socket.bind(address)
            self._socket.listen(backlog)
            self._address = self._socket.getsockname()
        except OSError:
            self._socket.close()
            raise
        self._family = family
        self._last_accepted = None
        if family == 'AF_UNIX' and not util.is_abstract_socket_namespace(address):
            self._unlink = util.Finalize(self, os.unlink, args=(address,),
                                         exitpriority=0)
        else:
            self._unlink = None

    def accept(self):
        s, self._last_accepted = self._socket.accept()
        s.setblocking(True)
        return Connection(s.detach())

    def close(self):
        try:
            self._socket.close()
        finally:
            unlink = self._unlink
            if unlink is not None:
                self._unlink = None
                try:
                    unlink()
                except OSError:
                    pass


def SocketClient(address):
    """Return a connection object connected to the socket given by
    `address`."""
    import socket
    family = address_type(address)
    with socket.socket(getattr(socket, family)) as s:
        s.setblocking(True)
        s.connect(address)
        return Connection(s.detach())


def deliver_challenge(connection, authkey):
    import hmac
    if not isinstance(authkey, bytes):
        raise ValueError(
            "Authkey must be bytes, not {0!s}".format(type(authkey)))
    message = os.urandom(MESSAGE_LENGTH)
    connection.send_bytes(CHALLENGE + message)
    digest = hmac.new(authkey, message, 'md5').digest()
    response = connection.recv_bytes(256)        # reject large message
    if response == digest:
        connection.send_bytes(WELCOME)
    else:
        connection.send_bytes(FAILURE)
        raise AuthenticationError('digest received was wrong')


def answer_challenge(connection, authkey):
    import hmac
    if not isinstance(authkey, bytes):
        raise ValueError(
            "Authkey must be bytes, not {0!s}".format(type(authkey)))
    message = connection.recv_bytes(256)         # reject large message
    assert message[:len(CHALLENGE)] == CHALLENGE, 'message = %r' % message
    message = message[len(CHALLENGE):]
    digest = hmac.new(authkey, message, 'md5').digest()
    connection.send_bytes(digest)
    response = connection.recv_bytes(256)        # reject large message
    if response != WELCOME:
        raise AuthenticationError('digest sent was rejected')
