import weakref, gc
class A:
    def __init__(self, n): self.n = n
    def m(self): return self.n
a = A(1)
r = weakref.ref(a)
print(r() is a, weakref.getweakrefcount(a), r is weakref.ref(a))
log = []
r2 = weakref.ref(a, lambda w: log.append("cb"))
print(weakref.getweakrefcount(a), r2 is not r)
del a
print(r(), log, r2() is None)
try: weakref.ref(1)
except TypeError as e: print(e)
try: weakref.ref([])
except TypeError as e: print(e)
d = weakref.WeakValueDictionary()
x, y = A(2), A(3)
d['x'] = x; d['y'] = y
print(sorted(d.keys()), len(d))
del x
print(sorted(d.keys()), 'x' in d, d.get('x'))
k = weakref.WeakKeyDictionary()
kk = A(4); k[kk] = 'v'; print(len(k)); del kk; print(len(k))
s = weakref.WeakSet(); z = A(5); s.add(z); print(len(s), z in s); del z; print(len(s))
b = A(6)
f = weakref.finalize(b, log.append, "finalized")
print(f.alive); del b; print(log, f.alive)
p = weakref.proxy(y); print(p.n, p.m())
del y
try: p.n
except ReferenceError as e: print(e)
c = A(7); wm = weakref.WeakMethod(c.m); print(wm()()); del c; print(wm())
class N: pass
n = N(); n.self = n; rn = weakref.ref(n, lambda w: log.append("cycle")); del n; gc.collect(); print(rn(), log[-1])
print(hash(weakref.ref(A)) == hash(A))
