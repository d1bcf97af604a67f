import mmap, os, _multiprocessing as mp
m = mmap.mmap(-1, 16)
m[0:3] = b'abc'; m[5] = 7
print(len(m), m[0], m[:6], m[5])
v = memoryview(m).cast('i'); v[2] = 12345
print(m[8:12], v[2])
s = mp.SemLock(1, 0, 1, '/baton-test-sem', True)
pid = os.fork()
if pid == 0:
    m[15] = 99
    s.release()
    os._exit(0)
print(s.acquire(timeout=5), m[15])
os.waitpid(pid, 0)
print(s.acquire(timeout=0.05))
r = mp.SemLock(0, 1, 1, '/baton-test-sem2', True)
print(r.acquire(), r.acquire(), r._count(), r._is_mine()); r.release(); r.release()
try: r.release()
except AssertionError as e: print(e)
b = mp.SemLock(1, 1, 1, '/baton-test-sem3', True)
try: b.release()
except ValueError as e: print(e)
print(mp.flags, mp.SemLock.SEM_VALUE_MAX)
del v; print(m.closed)
