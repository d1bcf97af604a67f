"""The convoy benchmark's first column on its own, in more runs: a loopback
TCP echo client/server pair (client in the main thread, server in a second
thread), 20 000 round trips, no CPU-bound thread. Prints round trips per
second. The figure swings with where the OS places the two threads, so
compare medians over many alternating runs:

    python3 bench/gil/run.py --runs 15 convoy_alone
"""
import json
import socket
import threading
import time

N = 20000


def echo_server(sock):
    conn, _ = sock.accept()
    with conn:
        while True:
            data = conn.recv(64)
            if not data:
                break
            conn.sendall(data)


srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen(1)
t = threading.Thread(target=echo_server, args=(srv,), daemon=True)
t.start()
c = socket.create_connection(srv.getsockname())
c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
start = time.perf_counter()
for _ in range(N):
    c.sendall(b"ping")
    c.recv(64)
elapsed = time.perf_counter() - start
c.close()
t.join()
srv.close()
print(json.dumps({"round_trips_per_s": N / elapsed}))
