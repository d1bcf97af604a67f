# select.select and select.poll over socketpairs and pipes.
import os
import select
import socket
import time

a, b = socket.socketpair()
print(select.select([a, b], [a], [], 0) == ([], [a], []))
b.send(b"x")
r, w, x = select.select([a, b.fileno()], [], [], 1)
print(r == [a], w, x)
print(select.select([], [], [], 0))
# the same object twice appears twice
print(len(select.select([a, a], [], [], 0)[0]))
a.recv(1)

# timeout
t0 = time.monotonic()
print(select.select([a], [], [], 0.05), time.monotonic() - t0 >= 0.04)

# tuples and other iterables work, results are lists
print(select.select((a,), iter([]), [], 0))

# objects with fileno()
class Wrapper:
    def __init__(self, sock):
        self.sock = sock

    def fileno(self):
        return self.sock.fileno()

wa = Wrapper(a)
b.send(b"y")
print(select.select([wa], [], [], 1)[0] == [wa])
a.recv(1)

# pipes
rfd, wfd = os.pipe()
print(select.select([rfd], [wfd], [], 0) == ([], [wfd], []))
os.write(wfd, b"pipe")
print(select.select([rfd], [], [], 0)[0] == [rfd])
os.read(rfd, 4)

# poll
p = select.poll()
p.register(a, select.POLLIN)
p.register(b.fileno(), select.POLLOUT)
print(sorted(p.poll(100)) == [(b.fileno(), select.POLLOUT)])
p.modify(b, select.POLLIN)
print(p.poll(10))
b.send(b"z")
print(p.poll(0) == [(a.fileno(), select.POLLIN)])
a.recv(1)
p.register(rfd)
os.write(wfd, b"!")
print(p.poll(None) == [(rfd, select.POLLIN)])
p.unregister(rfd)
b_fd = b.fileno()
b.close()
events = p.poll(10)
print(events == [(a.fileno(), select.POLLIN | select.POLLHUP)] or events == [(a.fileno(), select.POLLIN)])
print(a.recv(1))
t0 = time.monotonic()
p.unregister(a)
print([ev for fd, ev in p.poll(30)] == [select.POLLNVAL])
p.unregister(b_fd)
print(p.poll(30), time.monotonic() - t0 >= 0.02)


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok", r)


attempt(lambda: select.select([], [], [], -1))
attempt(lambda: select.select([], [], [], "x"))
attempt(lambda: select.select([-1], [], [], 0))
attempt(lambda: select.select(["x"], [], [], 0))
attempt(lambda: select.select([9999], [], [], 0))
attempt(lambda: select.select(1, [], [], 0))
attempt(lambda: select.select([], []))
attempt(lambda: select.select([], [], [], float("nan")))
attempt(lambda: select.select([], [], [], 1.5j))
attempt(lambda: p.register(-1))
attempt(lambda: p.register("x"))
attempt(lambda: p.unregister(12345))
attempt(lambda: p.modify(12345, 1))
attempt(lambda: p.poll("x"))
attempt(lambda: p.register(1, 2 ** 20))
print(select.error is OSError, select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR,
      select.POLLHUP, select.POLLNVAL, select.POLLRDNORM, select.POLLWRNORM)
print(type(p).__name__, type(p).__module__)
os.close(rfd)
os.close(wfd)
a.close()
