# 16 threads x 100 000 lock-protected increments give the exact total.
import threading

N_THREADS = 16
N = 100_000
lock = threading.Lock()
counter = 0


def work():
    global counter
    for _ in range(N):
        with lock:
            counter += 1


threads = [threading.Thread(target=work) for _ in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter, counter == N_THREADS * N)
print(threading.active_count())
