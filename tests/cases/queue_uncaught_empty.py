# A worker pattern that drains a queue, then an uncaught queue.Empty ends the
# program (exit 1; the traceback's last line names the exception class).
import queue
import threading

q = queue.Queue()
for word in ["alpha", "beta", "gamma", "delta"]:
    q.put(word)

lengths = []
lock = threading.Lock()
def drain():
    while True:
        try:
            word = q.get_nowait()
        except queue.Empty:
            return
        with lock:
            lengths.append(len(word))
        q.task_done()

workers = [threading.Thread(target=drain) for _ in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
q.join()
print(sorted(lengths), q.qsize(), q.unfinished_tasks)

print(type(queue.Empty()).__name__, queue.Empty.__name__)
print("about to fail")
q.get(timeout=0.01)
print("not reached")
