# socketpair, makefile, shutdown, dup/fromfd/detach, context managers,
# blocking modes, AF_UNIX addresses.
import os
import socket

a, b = socket.socketpair()
print(a.family, a.type, repr(a.family), repr(b.type))
print(repr(a.getsockname()), a.getpeername())
print(a.gettimeout(), a.getblocking())
a.sendall(b"hello")
print(b.recv(5))

# makefile in text mode, line by line
w = a.makefile("w")
r = b.makefile("r")
w.write("first line\nsecond line\n")
w.write("third\n")
w.flush()
print(r.readline(), end="")
print(r.readline(), end="")
print(repr(r.readline()))
w.close()
print(a._io_refs, r.closed, w.closed)

# shutdown: the peer sees EOF
a.shutdown(socket.SHUT_WR)
print(r.read())
r.close()

# binary file iteration
c, d = socket.socketpair()
c.sendall(b"x\ny\nz")
c.close()
f = d.makefile("rb")
print(list(f))
f.close()
d.close()

# close() of a socket with open files waits for them
e, g = socket.socketpair()
fe = e.makefile("rb")
e.close()
print(e.fileno() >= 0, e._closed)
fe.close()
print(e.fileno())
g.close()

# dup, fromfd, detach
x, y = socket.socketpair()
x2 = x.dup()
print(x2.fileno() != x.fileno(), x2.family, x2.type)
x2.sendall(b"from dup")
print(y.recv(100))
x3 = socket.fromfd(x.fileno(), socket.AF_UNIX, socket.SOCK_STREAM)
x3.sendall(b"from fromfd")
print(y.recv(100))
fd = x3.detach()
print(x3.fileno(), repr(x3).startswith("<socket.socket [closed] fd=-1"))
z = socket.socket(fileno=fd)
print(z.family, z.type, z.proto)
z.close()
x2.close()
x.close()

# context manager
with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
    print(s.fileno() >= 0)
print(s.fileno(), s._closed)

# blocking modes
p, q = socket.socketpair()
p.setblocking(False)
print(p.gettimeout(), p.getblocking(), p.timeout)
try:
    p.recv(1)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
p.setblocking(True)
print(p.gettimeout(), p.getblocking())
p.settimeout(2.5)
print(p.gettimeout(), p.getblocking(), p.timeout)
p.settimeout(0)
print(p.gettimeout(), p.getblocking())
p.settimeout(None)
print(p.gettimeout())

# recv_into a bytearray
q.sendall(b"0123456789")
buf = bytearray(4)
print(p.recv_into(buf), buf)
print(p.recv_into(buf, 2), buf)
print(p.recv(100))
p.close()
q.close()

# AF_UNIX path sockets
path = "/tmp/baton_socket_pair_%d.sock" % os.getpid()
srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind(path)
srv.listen()
cli = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
cli.connect(path)
conn, addr = srv.accept()
print(srv.getsockname() == path, cli.getpeername() == path, repr(addr))
cli.sendall(b"unix")
print(conn.recv(10))
for s in (conn, cli, srv):
    s.close()
os.unlink(path)

# abstract namespace
srv = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
srv.bind(b"\0baton-abstract-%d" % os.getpid())
print(srv.getsockname() == b"\0baton-abstract-%d" % os.getpid())
srv.close()

# the native type's dict can be looked at
print(sorted(k for k in vars(socket.SocketType) if k in ("recv", "send", "bind")))
print(type(socket.SocketType.__dict__).__name__)
