# Semaphore and BoundedSemaphore: counting, limits, timeouts, errors.
import threading

def addr(r):
    # hide the address: "<... at 0x7f...: value=2>" -> "<... at 0x..: value=2>"
    head, _, tail = r.partition(" at 0x")
    return head + " at 0x.." + tail[tail.index(":"):]

s = threading.Semaphore(2)
print(addr(repr(s)))
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
print(addr(repr(s)))
s.release()
print(s.acquire(blocking=False))
s.release(2)
print(s._value)
with s:
    print("inside", s._value)
print("outside", s._value)

for bad in (lambda: threading.Semaphore(-1), lambda: s.release(0),
            lambda: s.acquire(False, 1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

b = threading.BoundedSemaphore(2)
print(addr(repr(b)))
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("ValueError:", e)
b.release(2)
print(addr(repr(b)))

# At most 2 threads inside at once.
limit = threading.Semaphore(2)
guard = threading.Lock()
inside = 0
peak = 0
done = []
def job(k):
    global inside, peak
    with limit:
        with guard:
            inside += 1
            peak = max(peak, inside)
        for _ in range(2000):
            pass
        with guard:
            inside -= 1
            done.append(k)
ts = [threading.Thread(target=job, args=(k,)) for k in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(done), 1 <= peak <= 2, inside)

# A blocked acquire is woken by a release from another thread.
gate = threading.Semaphore(0)
got = []
t = threading.Thread(target=lambda: got.append(gate.acquire(timeout=5)))
t.start()
gate.release()
t.join()
print(got, gate._value)
