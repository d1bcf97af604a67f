# dump/load through real files (several pickles in one file, each load
# stopping right after its STOP), the write calls of a framed dump, and
# protocol 5's PickleBuffer / buffer_callback / buffers.
import os
import pickle

path = "/tmp/baton_case_pickle_files.bin"
values = [[1, 2, 3], {"k": "v" * 100}, "x" * 100000, b"\x00" * 70000, (None, True)]
for proto in range(6):
    with open(path, "wb") as f:
        for v in values:
            pickle.dump(v, f, proto)
        f.write(b"trailer")
    with open(path, "rb") as f:
        back = [pickle.load(f) for _ in values]
        rest = f.read()
        print(proto, back == values, rest, os.path.getsize(path))
    with open(path, "rb") as f:
        u = pickle.Unpickler(f)
        print(proto, [type(u.load()).__name__ for _ in values])
        try:
            u.load()
        except Exception as e:
            print(proto, type(e).__name__, e)
os.remove(path)


class Recorder:
    def __init__(self):
        self.sizes = []

    def write(self, b):
        self.sizes.append(len(b))


big = [str(i) * 4 for i in range(30000)] + [b"b" * 80000, "tail"]
for proto in range(6):
    r = Recorder()
    pickle.Pickler(r, proto).dump(big)
    print(proto, r.sizes, sum(r.sizes) == len(pickle.dumps(big, proto)))

# Protocol 5 buffers.
data = [pickle.PickleBuffer(b"read-only"), pickle.PickleBuffer(bytearray(b"writable")), b"inline"]
inband = pickle.dumps(data, 5)
print(inband, pickle.loads(inband))
collected = []
oob = pickle.dumps(data, 5, buffer_callback=collected.append)
print(oob, len(collected))
print([bytes(b) for b in pickle.loads(oob, buffers=collected)])
keep = pickle.dumps(data, 5, buffer_callback=lambda b: True)
print(keep == inband)
for kwargs in ({}, {"buffers": []}):
    try:
        pickle.loads(oob, **kwargs)
    except pickle.UnpicklingError as e:
        print(kwargs, e)
try:
    pickle.dumps(pickle.PickleBuffer(b"x"), 4)
except pickle.PicklingError as e:
    print(e)
print(pickle.loads(pickle.dumps(bytearray(b"ba"), 5)), pickle.dumps(bytearray(b"ba"), 5))
