# slice objects.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(5)), slice(None))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
print(s.indices(5), slice(None, None, -2).indices(10), slice(-20, 20).indices(7))
data = list(range(20))
print(data[s], data[slice(-3, None)], data[slice(None, None, -5)])
print("hello world"[slice(6, None)])
class Recorder:
    def __getitem__(self, k):
        return k
    def __setitem__(self, k, v):
        print("set", k, v)
r = Recorder()
print(r[1:2:3], r[::], r[:5], r["a":"b"], r[1:2, ::3])
r[::2] = "x"
print(type(s).__name__, isinstance(s, slice))
try:
    slice(1, 2, 3).start = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print("TypeError:", e)
print(slice(0, 3, None).indices(10))
