# signal.setitimer/getitimer with a Python handler running during time.sleep (PEP 475), ItimerError, SIGCLD.
import signal, time
hits = []
signal.signal(signal.SIGALRM, lambda s, f: hits.append(s))
print(signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05))
time.sleep(0.22)
d, i = signal.getitimer(signal.ITIMER_REAL)
print(signal.setitimer(signal.ITIMER_REAL, 0)[1], 0 < d <= 0.05, i, len(hits) >= 3, signal.getitimer(signal.ITIMER_REAL))
try:
    signal.setitimer(99, 1)
except signal.ItimerError as e:
    print(type(e).__name__, issubclass(signal.ItimerError, OSError), e.errno)
print(signal.SIGCLD == signal.SIGCHLD)
