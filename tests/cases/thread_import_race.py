# Several threads importing the same (slow to execute) module at once all see
# it fully initialised.
import sys
import threading

sys.path.insert(0, ".")
seen = []
lock = threading.Lock()


def work():
    import _mod_slow_import as m
    with lock:
        seen.append((m.DONE, len(m.TABLE)))


threads = [threading.Thread(target=work) for _ in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen)
