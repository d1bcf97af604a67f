# Objects with __del__ in a cycle are finalized by the cycle collector, not by del.
import gc
gc.disable()
gc.collect()
class Finalized:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalizing", self.name)
f = Finalized("self-cycle")
f.me = f
del f
print("after del: still alive in a cycle")
print("collected:", gc.collect())
print("garbage list:", gc.garbage)
g = Finalized("acyclic")
del g
print("acyclic object needed no collection:", gc.collect())
gc.enable()
