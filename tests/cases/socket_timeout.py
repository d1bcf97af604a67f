# Timeouts: TimeoutError (socket.timeout) from recv, accept, sendall and
# connect waits; the default timeout; non-blocking sockets.
import socket
import time

print(socket.timeout is TimeoutError, issubclass(socket.timeout, OSError))
print(socket.getdefaulttimeout())

a, b = socket.socketpair()
a.settimeout(0.05)
t0 = time.monotonic()
try:
    a.recv(10)
except socket.timeout as e:
    print("recv:", type(e).__name__, e, e.errno, e.args)
print(time.monotonic() - t0 >= 0.04)
b.sendall(b"data")
print(a.recv(10))

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
srv.settimeout(0.05)
try:
    srv.accept()
except TimeoutError as e:
    print("accept:", e)

# sendall into a peer that never reads: it fills the buffers, then times out
c, d = socket.socketpair()
c.settimeout(0.1)
try:
    c.sendall(b"x" * (64 * 1024 * 1024))
except TimeoutError as e:
    print("sendall:", e)
c.close()
d.close()

# an accepted socket of a listening socket with a timeout is blocking
srv.settimeout(2)
cli = socket.create_connection(srv.getsockname(), timeout=1.5)
conn, addr = srv.accept()
print(cli.gettimeout(), conn.gettimeout(), conn.getblocking())
conn.close()
cli.close()

# the default timeout applies to new sockets (and accepted ones)
socket.setdefaulttimeout(0.25)
print(socket.getdefaulttimeout())
s = socket.socket()
print(s.gettimeout())
cli = socket.create_connection(srv.getsockname())
conn, addr = srv.accept()
print(conn.gettimeout(), cli.gettimeout())
for x in (s, conn, cli):
    x.close()
socket.setdefaulttimeout(None)
print(socket.socket().gettimeout())

# non-blocking: EAGAIN becomes BlockingIOError
srv.setblocking(False)
try:
    srv.accept()
except BlockingIOError as e:
    print("accept:", type(e).__name__, e.errno)
a.setblocking(False)
try:
    a.recv(1)
except BlockingIOError as e:
    print("recv:", e)

# connect_ex on a non-blocking socket
nb = socket.socket()
nb.setblocking(False)
err = nb.connect_ex(srv.getsockname())
print(err in (0, 115))
nb.close()

# bad timeouts
for bad in (-1, -0.5, "1", float("nan")):
    try:
        a.settimeout(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
srv.close()
a.close()
b.close()
