# A threaded TCP echo server on loopback serves 32 concurrent clients x 100
# messages each; every byte comes back.
import socket
import threading

N_CLIENTS = 32
N_MSGS = 100

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen(64)
addr = srv.getsockname()


def handle(conn):
    with conn:
        while True:
            data = conn.recv(4096)
            if not data:
                break
            conn.sendall(data)


def serve():
    handlers = []
    for _ in range(N_CLIENTS):
        conn, _ = srv.accept()
        t = threading.Thread(target=handle, args=(conn,))
        t.start()
        handlers.append(t)
    for t in handlers:
        t.join()


results = [None] * N_CLIENTS


def client(k):
    with socket.create_connection(addr) as c:
        total = 0
        ok = True
        for i in range(N_MSGS):
            msg = ("client %d message %d|" % (k, i)).encode()
            c.sendall(msg)
            got = b""
            while len(got) < len(msg):
                chunk = c.recv(len(msg) - len(got))
                if not chunk:
                    break
                got += chunk
            ok = ok and got == msg
            total += len(got)
        results[k] = (ok, total)


server = threading.Thread(target=serve)
server.start()
clients = [threading.Thread(target=client, args=(k,)) for k in range(N_CLIENTS)]
for t in clients:
    t.start()
for t in clients:
    t.join()
server.join()
srv.close()
print(all(r[0] for r in results), sum(r[1] for r in results))
