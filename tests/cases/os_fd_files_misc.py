import os
u = os.uname(); print(u.sysname, type(u).__name__, len(u))
r, w = os.pipe(); os.write(w, memoryview(b'xy')); print(os.read(r, 2))
f = open(w, 'wb', closefd=False); f.write(b'abc'); f.flush(); f.close(); print(os.read(r, 3))
g = open(r, 'rb'); os.write(w, b'zz'); os.close(w); print(g.read(), g.mode); g.close()
os.dup2(1, 20, inheritable=False); print(os.get_inheritable(20)); os.close(20)
p = '/tmp/lead_mode_test'
for m in ['wb', 'w+b', 'r+b', 'ab', 'a+b', 'rb']:
    with open(p, m) as fh: print(m, fh.mode)
os.remove(p)
s = os.statvfs('/'); print(s.f_bsize > 0, hasattr(os, 'terminal_size'), hasattr(os, 'chown'), hasattr(os, 'link'))
a = []
print(a.append == a.append, [].append == [].append, len == len, len.__self__, len.__reduce_ex__(2), a.append.__reduce__()[0] is getattr)
print(len.__module__ is abs.__module__, hash(a.append) == hash(a.append))
