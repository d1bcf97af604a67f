"""20 threads each sleeping 0.2 s: they overlap because sleep releases the GIL."""
import json
import time
from threading import Thread

start = time.perf_counter()
threads = [Thread(target=time.sleep, args=(0.2,)) for _ in range(20)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(json.dumps({"elapsed": time.perf_counter() - start}))
