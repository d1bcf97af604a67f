# A threaded line-protocol server (threading.Thread per client) with
# makefile() streams; several clients at once; recv_into a memoryview.
import socket
import threading

srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
ready = threading.Event()
handled = []
lock = threading.Lock()


def handle(conn):
    with conn, conn.makefile("rb") as rf, conn.makefile("wb") as wf:
        for line in rf:
            cmd = line.strip()
            if cmd == b"quit":
                wf.write(b"bye\n")
                break
            wf.write(b"echo:" + cmd.upper() + b"\n")
            wf.flush()
        wf.flush()
    with lock:
        handled.append(1)


def accept_loop(n):
    ready.set()
    workers = []
    for _ in range(n):
        conn, _ = srv.accept()
        t = threading.Thread(target=handle, args=(conn,))
        t.start()
        workers.append(t)
    for t in workers:
        t.join()


server = threading.Thread(target=accept_loop, args=(4,))
server.start()
ready.wait()

results = {}


def client(k):
    with socket.create_connection(("127.0.0.1", port)) as c:
        f = c.makefile("rw", encoding="utf-8", newline="\n")
        out = []
        for i in range(3):
            f.write("client %d line %d\n" % (k, i))
            f.flush()
            out.append(f.readline().rstrip("\n"))
        f.write("quit\n")
        f.flush()
        out.append(f.readline().rstrip("\n"))
        f.close()
    results[k] = out


clients = [threading.Thread(target=client, args=(k,)) for k in range(4)]
for t in clients:
    t.start()
for t in clients:
    t.join()
server.join()
srv.close()
for k in sorted(results):
    print(k, results[k])
print(len(handled))

a, b = socket.socketpair()
f = a.makefile("rb")
g = a.makefile("wb", buffering=0)
h = a.makefile("rw")
print(type(f).__name__, type(g).__name__, type(h).__name__, type(h.buffer).__name__)
print(f.mode, g.mode, h.mode, f.name == a.fileno())
f.close()
g.close()
h.close()
b.sendall(b"0123456789")
buf = bytearray(8)
m = memoryview(buf)
print(a.recv_into(m[2:], 4), buf)
print(a.recv_into(m, 0), buf)
a.close()
b.close()
