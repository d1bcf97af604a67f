"""4 threads each hashing 64 MiB with sha256 vs one thread hashing 256 MiB:
hashlib releases the GIL for big inputs, so the threads run in parallel.
Prints the times and speedup = one / four (>= 1.7 expected on 2+ cores)."""
import hashlib
import json
import sys
import threading
import time

MIB = int(sys.argv[1]) if len(sys.argv) > 1 else 64
chunk = b"x" * (MIB << 20)

start = time.perf_counter()
h = hashlib.sha256()
for _ in range(4):
    h.update(chunk)
one = time.perf_counter() - start

results = []


def work():
    results.append(hashlib.sha256(chunk).hexdigest())


threads = [threading.Thread(target=work) for _ in range(4)]
start = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
four = time.perf_counter() - start
print(json.dumps({"one_thread_256MiB": one, "four_threads_64MiB_each": four, "speedup": one / four}))
