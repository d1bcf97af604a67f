"""pickle.dumps + pickle.loads of a 100 000-element nested structure (a list
of dicts, tuples, strs, ints and floats), several times over, with the
default protocol and with protocols 0 and 2 once each."""

import pickle


def make(n):
    out = []
    for i in range(n):
        k = i % 5
        if k == 0:
            out.append({"id": i, "name": "item%d" % i, "score": i * 0.5,
                        "tags": ["a", "b", str(i % 7)]})
        elif k == 1:
            out.append((i, -i, i * 1.25, "t%d" % (i % 100)))
        elif k == 2:
            out.append("string number %d" % i)
        elif k == 3:
            out.append(i * 1000003 - 2**31)
        else:
            out.append(i / 7.0)
    return out


data = make(100000)
checksum = 0
for round_ in range(10):
    blob = pickle.dumps(data)
    back = pickle.loads(blob)
    checksum = (checksum * 31 + len(blob) + len(back)) % 1000000007
    assert back == data
for proto in (0, 2, 5):
    blob = pickle.dumps(data, proto)
    back = pickle.loads(blob)
    checksum = (checksum * 31 + len(blob) + len(back)) % 1000000007
    assert back == data
print("pickle_bench", len(blob), checksum)
