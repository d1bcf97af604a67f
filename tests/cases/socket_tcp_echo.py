# A TCP echo server in a thread over loopback (IPv4 and IPv6), several
# clients, sendall/recv of large data, makefile, and the repr.
import _thread
import socket

def serve(srv, nclients, done):
    for _ in range(nclients):
        conn, addr = srv.accept()
        with conn:
            while True:
                data = conn.recv(65536)
                if not data:
                    break
                conn.sendall(data)
    done.release()


def start_server(family, host):
    srv = socket.socket(family, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind((host, 0))
    srv.listen(5)
    return srv


done = _thread.allocate_lock()
done.acquire()
srv = start_server(socket.AF_INET, "127.0.0.1")
host, port = srv.getsockname()
print(host, port > 0, srv.family, srv.type, srv.proto)
print(repr(srv).replace("fd=%d" % srv.fileno(), "fd=N").replace(str(port), "PORT"))
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_STREAM)
_thread.start_new_thread(serve, (srv, 3, done))

# 1: small messages
c = socket.socket()
c.connect(("127.0.0.1", port))
c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print(c.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
print(c.getpeername() == ("127.0.0.1", port), c.getsockname()[0])
r = repr(c)
print(r.startswith("<socket.socket fd="), "raddr=('127.0.0.1', %d)" % port in r)
for msg in (b"hello", b"world", bytearray(b"bytes too")):
    c.sendall(msg)
    got = b""
    while len(got) < len(msg):
        got += c.recv(100)
    print(got)
print(c.send(b"x"), c.recv(1))
c.close()
print(repr(c))

# 2: a megabyte both ways (sendall loops; the server echoes concurrently)
big = bytes(range(256)) * 4096
c = socket.create_connection(("127.0.0.1", port))
results = []
got_all = _thread.allocate_lock()
got_all.acquire()


def reader():
    buf = bytearray()
    while len(buf) < len(big):
        buf += c.recv(65536)
    results.append(bytes(buf) == big)
    got_all.release()


_thread.start_new_thread(reader, ())
c.sendall(big)
got_all.acquire()
print("big echo ok:", results)
c.shutdown(socket.SHUT_WR)
print(c.recv(10))
c.close()

# 3: makefile
with socket.create_connection(("127.0.0.1", port), timeout=5) as c:
    print(c.gettimeout())
    wf = c.makefile("wb")
    rf = c.makefile("rb")
    wf.write(b"line one\nline two\n")
    wf.write(b"tail")
    wf.flush()
    print(rf.readline(), rf.readline(), rf.read(4))
    t = c.makefile("rw", encoding="utf-8", newline="")
    t.write("caf\u00e9\n")
    t.flush()
    print(repr(t.readline()))
    wf.close()
    rf.close()
    t.close()
done.acquire()
srv.close()

# IPv6 loopback, if the machine has it
try:
    srv6 = start_server(socket.AF_INET6, "::1")
except OSError:
    print("no IPv6")
else:
    port6 = srv6.getsockname()[1]
    print(srv6.getsockname()[0], len(srv6.getsockname()), srv6.family)
    _thread.start_new_thread(serve, (srv6, 1, done))
    with socket.socket(socket.AF_INET6) as c:
        c.connect(("::1", port6))
        c.sendall(b"over ipv6")
        print(c.recv(100), c.getpeername()[:2] == ("::1", port6))
    done.acquire()
    srv6.close()
