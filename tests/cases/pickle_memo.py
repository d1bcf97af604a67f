# Shared and recursive structures: the memo (PUT/BINPUT/MEMOIZE, GET/BINGET)
# and identity after a round trip, for every protocol.
import pickle

shared = [1, 2]
inner = {"k": shared}
rec_list = []
rec_list.append(rec_list)
rec_dict = {}
rec_dict["me"] = rec_dict
rec_tuple = ([],)
rec_tuple[0].append(rec_tuple)
big_tuple = ([], 1, 2, 3)
big_tuple[0].append(big_tuple)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None


root = Node("root")
for i in range(3):
    child = Node("c%d" % i)
    child.parent = root
    root.children.append(child)

for proto in range(6):
    print("protocol", proto)
    data = pickle.dumps([shared, shared, inner, (shared,)], proto)
    print(" ", data)
    a, b, c, d = pickle.loads(data)
    print(" ", a is b, c["k"] is a, d[0] is a)
    data = pickle.dumps(rec_list, proto)
    x = pickle.loads(data)
    print(" ", data, x[0] is x)
    data = pickle.dumps(rec_dict, proto)
    x = pickle.loads(data)
    print(" ", data, x["me"] is x)
    data = pickle.dumps(rec_tuple, proto)
    x = pickle.loads(data)
    print(" ", data, x[0][0] is x)
    data = pickle.dumps(big_tuple, proto)
    x = pickle.loads(data)
    print(" ", data, x[0][0] is x, x[1:])
    data = pickle.dumps(root, proto)
    r = pickle.loads(data)
    print(" ", len(data), [c.name for c in r.children],
          all(c.parent is r for c in r.children))

# More than 256 memo entries switch to LONG_BINPUT / LONG_BINGET.
strings = ["s%d" % i for i in range(300)]
for proto in (0, 1, 3, 4):
    data = pickle.dumps(strings + strings[::-1], proto)
    back = pickle.loads(data)
    print(proto, len(data), data.count(b"r"), data.count(b"j"), back[299] is back[300])

# Pickler reuse keeps the memo between dump() calls until clear_memo().
class Sink:
    def __init__(self):
        self.parts = []

    def write(self, b):
        self.parts.append(bytes(b))


sink = Sink()
p = pickle.Pickler(sink, 2)
p.dump(shared)
p.dump(shared)
p.clear_memo()
p.dump(shared)
print(sink.parts)
p.dump([shared, "x"])
print(sorted(idx for idx, obj in p.memo.copy().values()), len(p.memo.copy()))
p.memo.clear()
print(p.memo.copy())
sink2 = Sink()
fast = pickle.Pickler(sink2, 4)
fast.fast = 1
fast.dump([shared, shared])
print(sink2.parts)
