"""Latency under load (the convoy effect): round trips per second of a
loopback TCP echo client/server pair, alone, then with one and with two
CPU-bound threads running in the same process."""
import json
import socket
import threading
import time

DURATION = 1.0
stop = False


def echo_server(sock):
    conn, _ = sock.accept()
    with conn:
        while True:
            data = conn.recv(64)
            if not data:
                break
            conn.sendall(data)


def spin():
    n = 0
    while not stop:
        n += 1


def measure():
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    t = threading.Thread(target=echo_server, args=(srv,), daemon=True)
    t.start()
    c = socket.create_connection(srv.getsockname())
    c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    n = 0
    end = time.perf_counter() + DURATION
    while time.perf_counter() < end:
        c.sendall(b"ping")
        c.recv(64)
        n += 1
    c.close()
    t.join()
    srv.close()
    return n / DURATION


out = {"alone": measure()}
for k in (1, 2):
    stop = False
    spinners = [threading.Thread(target=spin, daemon=True) for _ in range(k)]
    for s in spinners:
        s.start()
    out[f"with_{k}_cpu_threads"] = measure()
    stop = True
    for s in spinners:
        s.join()
print(json.dumps(out))
