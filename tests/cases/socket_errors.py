# Socket errors: OSError subclasses with errno, gaierror, and argument
# errors, with CPython's messages.
import errno
import socket


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e, "| errno", getattr(e, "errno", None))
    else:
        print("ok", repr(r))


# a port nobody listens on
probe = socket.socket()
probe.bind(("127.0.0.1", 0))
closed_port = probe.getsockname()[1]
probe.close()

c = socket.socket()
attempt(lambda: c.connect(("127.0.0.1", closed_port)))
c.close()
with socket.socket() as c:
    print(c.connect_ex(("127.0.0.1", closed_port)) == errno.ECONNREFUSED)
attempt(lambda: socket.create_connection(("127.0.0.1", closed_port)))
try:
    socket.create_connection(("127.0.0.1", closed_port))
except ConnectionRefusedError as e:
    print(isinstance(e, ConnectionError), e.errno == errno.ECONNREFUSED, e.strerror)

# address already in use
s1 = socket.socket()
s1.bind(("127.0.0.1", 0))
s1.listen()
s2 = socket.socket()
attempt(lambda: s2.bind(s1.getsockname()))
try:
    socket.create_server(s1.getsockname())
except OSError as e:
    print(type(e).__name__, e.errno, str(e).replace(str(s1.getsockname()[1]), "PORT"))
s1.close()
s2.close()

# writing to a peer that has gone
a, b = socket.socketpair()
b.close()
attempt(lambda: a.send(b"x"))
a.close()

s = socket.socket()
attempt(lambda: s.getpeername())
attempt(lambda: s.recv(-1))
attempt(lambda: s.recv("x"))
attempt(lambda: s.send("text"))
attempt(lambda: s.sendto(b"x"))
attempt(lambda: s.sendto(b"x", 1, 2, 3))
attempt(lambda: s.recv_into(bytearray(2), 5))
attempt(lambda: s.recv_into(bytearray(2), -1))
attempt(lambda: s.recv_into(b"xx"))
attempt(lambda: s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 2000))
attempt(lambda: s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, "x"))
attempt(lambda: s.shutdown(5))
attempt(lambda: s.bind("x"))
attempt(lambda: s.bind(("x",)))
attempt(lambda: s.bind(("127.0.0.1", 70000)))
attempt(lambda: s.bind(("127.0.0.1", -1)))
attempt(lambda: s.bind((1, 80)))
attempt(lambda: s.connect(("127.0.0.1", "http")))
attempt(lambda: socket.socket(socket.AF_INET6).bind(("::1",)))
attempt(lambda: socket.socket(socket.AF_INET6).bind("::1"))
attempt(lambda: socket.socket(socket.AF_UNIX).bind("/tmp/" + "x" * 200))
attempt(lambda: socket.socket(socket.AF_UNIX).bind(5))
attempt(lambda: socket.socket(999))
attempt(lambda: socket.socket(socket.AF_INET, 999))
attempt(lambda: socket.socket(fileno=-5))
attempt(lambda: socket.socket(fileno=9999))
s.close()
attempt(lambda: s.close())
attempt(lambda: s.fileno())
attempt(lambda: s.send(b"x"))
attempt(lambda: s.getsockname())
attempt(lambda: s.settimeout(1))
attempt(lambda: s.gettimeout())

# name resolution errors (no DNS needed)
attempt(lambda: socket.getaddrinfo("not-a-number", 80, flags=socket.AI_NUMERICHOST))
attempt(lambda: socket.getaddrinfo("127.0.0.1", "no-such-service"))
attempt(lambda: socket.getaddrinfo("127.0.0.1", 1.5))
attempt(lambda: socket.getaddrinfo(5, 80))
try:
    socket.getaddrinfo("not-a-number", 80, flags=socket.AI_NUMERICHOST)
except socket.gaierror as e:
    print(isinstance(e, OSError), e.errno == socket.EAI_NONAME, e.args)
print(socket.gaierror.__mro__[1:3], socket.herror.__mro__[1:3], socket.error is OSError)
print(socket.gaierror.__module__, socket.herror.__name__)
