# Event: set/clear/is_set/wait, many waiters, timeouts.
import threading

def state(e):
    r = repr(e)
    return r[:r.index(" at ")] + r[r.index(":"):]

e = threading.Event()
print(e.is_set(), state(e), e.wait(0), e.wait(0.01))
e.set()
print(e.is_set(), state(e), e.wait(), e.wait(0))
e.clear()
print(e.is_set(), e.wait(timeout=0.001))

# Several threads wait for one event.
start = threading.Event()
ready = threading.Semaphore(0)
results = []
lock = threading.Lock()
def runner(k):
    ready.release()
    ok = start.wait()
    with lock:
        results.append((k, ok))
ts = [threading.Thread(target=runner, args=(k,)) for k in range(5)]
for t in ts:
    t.start()
for _ in ts:
    ready.acquire()
print("before set:", results)
start.set()
for t in ts:
    t.join()
print("after set:", sorted(results))

# Ping-pong between two threads with two events.
ping, pong = threading.Event(), threading.Event()
log = []
def player():
    for i in range(3):
        ping.wait()
        ping.clear()
        log.append("pong %d" % i)
        pong.set()
p = threading.Thread(target=player)
p.start()
for i in range(3):
    log.append("ping %d" % i)
    ping.set()
    pong.wait()
    pong.clear()
p.join()
print(log)

# A waiter with a timeout that is set in time.
late = threading.Event()
out = []
w = threading.Thread(target=lambda: out.append(late.wait(10)))
w.start()
late.set()
w.join()
print(out, late.is_set())
