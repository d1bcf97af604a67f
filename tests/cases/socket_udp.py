# UDP over loopback: sendto/recvfrom, recv_into, recvfrom_into, connect().
import socket

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(("127.0.0.1", 0))
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b.bind(("127.0.0.1", 0))
pa, pb = a.getsockname(), b.getsockname()
print(a.type, a.proto, repr(a.type))

print(b.sendto(b"ping", pa))
data, addr = a.recvfrom(100)
print(data, addr == pb)
a.sendto(b"pong", 0, addr)
buf = bytearray(8)
n, addr2 = b.recvfrom_into(buf)
print(n, buf, addr2 == pa)

# datagrams keep their boundaries; a short buffer truncates
for i in range(3):
    b.sendto(b"datagram %d" % i, pa)
for i in range(3):
    print(a.recv(100))
b.sendto(b"0123456789", pa)
print(a.recv(4))

# recv_into with nbytes
b.sendto(b"abcdefgh", pa)
buf = bytearray(10)
print(a.recv_into(buf, 3), buf)

# MSG_PEEK leaves the datagram queued
b.sendto(b"peek me", pa)
print(a.recv(100, socket.MSG_PEEK), a.recv(100))

# connected UDP sockets
b.connect(pa)
b.send(b"via connect")
print(a.recvfrom(100)[0])
print(b.getpeername() == pa)

# empty datagram
b.send(b"")
print(a.recvfrom(10)[0])

# broadcast option
a.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
print(a.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST))
print(len(a.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 4)))

# UDP on IPv6 loopback
try:
    c = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    c.bind(("::1", 0))
except OSError:
    print("no IPv6")
else:
    d = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    d.sendto(b"six", c.getsockname())
    data, addr = c.recvfrom(10)
    print(data, addr[0], len(addr))
    c.close()
    d.close()
a.close()
b.close()
print(a.fileno(), b.fileno())
