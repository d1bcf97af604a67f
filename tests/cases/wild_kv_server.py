"""A line-protocol key-value server and client over TCP on localhost.

The server listens on an ephemeral port, serves each connection in its own
thread, and speaks a Redis-like text protocol (SET/GET/DEL/INCR/KEYS/QUIT).
Clients use socket.makefile for line I/O; a few clients run concurrently
and the results are printed in a fixed order.
"""
import socket
import threading
import time


class Store:
    def __init__(self):
        self.data = {}
        self.lock = threading.Lock()
        self.ops = 0

    def execute(self, line):
        parts = line.split(" ", 2)
        cmd, args = parts[0].upper(), parts[1:]
        with self.lock:
            self.ops += 1
            if cmd == "PING":
                return "+PONG"
            if cmd == "SET" and len(args) == 2:
                self.data[args[0]] = args[1]
                return "+OK"
            if cmd == "GET" and len(args) == 1:
                value = self.data.get(args[0])
                return "$nil" if value is None else f"${value}"
            if cmd == "DEL" and args:
                return f":{sum(self.data.pop(k, None) is not None for k in ' '.join(args).split())}"
            if cmd == "INCR" and len(args) == 1:
                try:
                    n = int(self.data.get(args[0], "0")) + 1
                except ValueError:
                    return "-ERR value is not an integer"
                self.data[args[0]] = str(n)
                return f":{n}"
            if cmd == "KEYS":
                return "*" + ",".join(sorted(self.data))
            return f"-ERR unknown command {line!r}"


class Server:
    def __init__(self, store):
        self.store = store
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.threads = []
        self.connections = 0
        self.stopping = threading.Event()

    def serve_forever(self):
        self.sock.settimeout(0.05)
        while not self.stopping.is_set():
            try:
                conn, _addr = self.sock.accept()
            except socket.timeout:
                continue
            self.connections += 1
            t = threading.Thread(target=self.handle, args=(conn,), daemon=True)
            t.start()
            self.threads.append(t)
        self.sock.close()

    def handle(self, conn):
        with conn, conn.makefile("r", encoding="utf-8", newline="\n") as rfile:
            for line in rfile:
                line = line.rstrip("\r\n")
                if line.upper() == "QUIT":
                    conn.sendall(b"+BYE\n")
                    break
                conn.sendall((self.store.execute(line) + "\n").encode("utf-8"))


class Client:
    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=5)
        self.rfile = self.sock.makefile("rb")

    def call(self, line):
        self.sock.sendall(line.encode("utf-8") + b"\n")
        return self.rfile.readline().decode("utf-8").rstrip("\n")

    def close(self):
        print("  quit ->", self.call("QUIT"))
        self.rfile.close()
        self.sock.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.rfile.close()
        self.sock.close()


def main():
    store = Store()
    server = Server(store)
    server_thread = threading.Thread(target=server.serve_forever, name="server")
    server_thread.start()
    print("listening on 127.0.0.1:<port>", isinstance(server.port, int) and server.port > 0)

    c = Client(server.port)
    for line in ["PING", "SET greeting hello world", "GET greeting", "GET nothing", "INCR hits",
                 "INCR hits", "SET name Zoë", "GET name", "INCR name", "DEL greeting nothing",
                 "KEYS", "FLY away"]:
        print(f"  {line:<24} -> {c.call(line)}")
    c.close()

    results = {}
    def worker(n):
        with Client(server.port) as cl:
            for i in range(25):
                cl.call("INCR counter")
                cl.call(f"SET worker:{n} {i}")
            results[n] = cl.call(f"GET worker:{n}")

    workers = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for t in workers:
        t.start()
    for t in workers:
        t.join(timeout=30)
    print("workers:", sorted(results.items()))
    with Client(server.port) as cl:
        print("counter:", cl.call("GET counter"), "keys:", cl.call("KEYS"))

    server.stopping.set()
    server_thread.join(timeout=10)
    deadline = time.monotonic() + 5
    for t in server.threads:
        t.join(timeout=max(0.0, deadline - time.monotonic()))
    print("connections:", server.connections, "ops:", store.ops,
          "server alive:", server_thread.is_alive(), "handlers alive:", sum(t.is_alive() for t in server.threads))
    try:
        socket.create_connection(("127.0.0.1", server.port), timeout=2)
    except OSError as exc:
        print("after shutdown:", type(exc).__name__)
    a, b = socket.socketpair()
    with a, b:
        a.sendall("ping ✓".encode())
        print("socketpair:", b.recv(64).decode(), a.family == socket.AF_UNIX)


if __name__ == "__main__":
    main()
