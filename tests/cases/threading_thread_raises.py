# A thread whose target raises: the traceback goes to stderr (via
# threading.excepthook), the program goes on and exits 0.
import threading

progress = []

def step(n):
    progress.append(n)
    if n == 2:
        raise ZeroDivisionError("thread %d failed" % n)
    progress.append(n * 10)

threads = [threading.Thread(target=step, args=(i,), name="step-%d" % i)
           for i in range(4)]
for t in threads:
    t.start()
    t.join()
print("progress:", progress)
print("alive:", [t.is_alive() for t in threads])

class Failing(threading.Thread):
    def run(self):
        self.partial = "set before the error"
        {}["missing"]

f = Failing(name="failing-subclass")
f.start()
f.join()
print(f.partial, f.is_alive())

# The main thread is unaffected and other threads still run.
out = []
ok = threading.Thread(target=out.append, args=("still running",))
ok.start()
ok.join()
print(out)
print("main finished normally")
