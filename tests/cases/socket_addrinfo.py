# Name and address functions: getaddrinfo on localhost, numeric lookups,
# inet_*, byte order, services, constants.
import socket

infos = socket.getaddrinfo("localhost", 80, socket.AF_INET, socket.SOCK_STREAM)
print(infos)
infos = socket.getaddrinfo("localhost", 8080)
fams = sorted({i[0] for i in infos})
print(all(f in (socket.AF_INET, socket.AF_INET6) for f in fams))
print(any(i[0] == socket.AF_INET and i[4] == ("127.0.0.1", 8080) for i in infos))
print(sorted({i[1] for i in infos if i[0] == socket.AF_INET}))
print(socket.getaddrinfo("127.0.0.1", "80", type=socket.SOCK_DGRAM))
print(socket.getaddrinfo("::1", 80, socket.AF_INET6, socket.SOCK_STREAM))
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo(None, 5000, socket.AF_INET6, socket.SOCK_DGRAM))
print(socket.getaddrinfo(b"127.0.0.1", b"http", socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo("127.0.0.1", None, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo(host="127.0.0.1", port=22, family=socket.AF_INET, proto=socket.IPPROTO_TCP))

print(socket.gethostbyname("localhost"), socket.gethostbyname("127.0.0.1"))
print(socket.gethostbyname_ex("127.0.0.1")[2])
print(socket.gethostbyaddr("127.0.0.1")[2])
print(socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getnameinfo(("::1", 443, 0, 0), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(type(socket.gethostname()).__name__, len(socket.gethostname()) > 0)
print(type(socket.getfqdn()).__name__)

print(socket.getservbyname("http", "tcp"), socket.getservbyname("https"))
print(socket.getservbyport(80), socket.getservbyport(22, "tcp"))
print(socket.getprotobyname("tcp"), socket.getprotobyname("udp"))

for ip in ("127.0.0.1", "0.0.0.0", "255.255.255.255", "10.1.2.3", "127.1"):
    packed = socket.inet_aton(ip)
    print(ip, packed, socket.inet_ntoa(packed))
for ip in ("::1", "::", "fe80::1", "2001:db8::8a2e:370:7334", "::ffff:1.2.3.4", "1:2:3:4:5:6:7:8", "::1.2.3.4", "::102:304"):
    packed = socket.inet_pton(socket.AF_INET6, ip)
    print(ip, len(packed), socket.inet_ntop(socket.AF_INET6, packed))
print(socket.inet_pton(socket.AF_INET, "192.168.0.1"), socket.inet_ntop(socket.AF_INET, b"\xc0\xa8\x00\x01"))

print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(0x01020304))
print(socket.htons(0xffff), socket.htonl(0xffffffff), socket.htonl(True))
for f in (lambda: socket.htons(70000), lambda: socket.htons(-1), lambda: socket.htonl(2 ** 32),
          lambda: socket.htonl(-1), lambda: socket.htons(1.5), lambda: socket.inet_aton("300.1.1.1"),
          lambda: socket.inet_aton(b"1.2.3.4"), lambda: socket.inet_ntoa(b"abc"),
          lambda: socket.inet_pton(socket.AF_INET, "1.2.3"), lambda: socket.inet_pton(99, "::1"),
          lambda: socket.inet_ntop(socket.AF_INET, b"abc"), lambda: socket.inet_ntop(99, b"abcd"),
          lambda: socket.getservbyname("no-such-service"), lambda: socket.getprotobyname("nope"),
          lambda: socket.getservbyport(70000)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

names = ["AF_INET", "AF_INET6", "AF_UNIX", "AF_UNSPEC", "SOCK_STREAM", "SOCK_DGRAM", "SOCK_RAW",
         "SOL_SOCKET", "SO_REUSEADDR", "SO_REUSEPORT", "SO_KEEPALIVE", "SO_BROADCAST", "SO_RCVBUF",
         "SO_SNDBUF", "SO_ERROR", "SO_TYPE", "IPPROTO_TCP", "IPPROTO_UDP", "IPPROTO_IP", "IPPROTO_IPV6",
         "TCP_NODELAY", "IPV6_V6ONLY", "SHUT_RD", "SHUT_WR", "SHUT_RDWR", "SOMAXCONN", "MSG_PEEK",
         "MSG_DONTWAIT", "MSG_WAITALL", "AI_PASSIVE", "AI_CANONNAME", "AI_NUMERICHOST", "NI_NUMERICHOST",
         "NI_NUMERICSERV", "EAI_NONAME", "INADDR_ANY", "INADDR_LOOPBACK", "SOCK_NONBLOCK", "SOCK_CLOEXEC"]
for n in names:
    v = getattr(socket, n)
    print(n, int(v), repr(v))
print(socket.has_ipv6, socket.SocketType, socket.socket.__mro__[1])
print(socket.AddressFamily(2), socket.SocketKind(2), socket.AF_INET6 == 10)
print(sorted(n for n in ("socket", "socketpair", "create_connection", "getaddrinfo", "fromfd", "timeout") if n in socket.__all__))
print(socket.getaddrinfo("::1.2.3.4", 80, socket.AF_INET6, socket.SOCK_STREAM)[0][4])
