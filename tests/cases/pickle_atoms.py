# pickle.dumps of None, bools, ints and floats for every protocol:
# the bytes must be exactly those of CPython's C pickler.
import pickle

values = [
    None, True, False,
    0, 1, -1, 127, 128, 255, 256, 65535, 65536, -255, -256, -32768,
    2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32, 2**63 - 1, 2**63, -2**63,
    -2**63 - 1, 2**64, 10**20, -(10**20), 2**1000, -2**1000,
    -128, -129, -32769, -(2**15), -(2**23), -(2**24),
    0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 1e16, 1.5e300, -2.5e-300, 5e-324,
    2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
    float("inf"), float("-inf"), 123456789.125,
]

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print("protocol", proto)
    for v in values:
        data = pickle.dumps(v, protocol=proto)
        back = pickle.loads(data)
        ok = back == v and type(back) is type(v)
        if isinstance(v, float) and v == 0.0:
            ok = ok and str(back) == str(v)
        print(" ", repr(v)[:30], data, "ok" if ok else "MISMATCH %r" % (back,))

# A huge int goes through LONG4 (more than 255 bytes) from protocol 2 on.
big = 3 ** 2000
for proto in range(6):
    data = pickle.dumps(big, proto)
    print(proto, len(data), data[:12], data[-6:], pickle.loads(data) == big)
    data = pickle.dumps(-big, proto)
    print(proto, len(data), data[:12], data[-6:], pickle.loads(data) == -big)

nan = pickle.loads(pickle.dumps(float("nan"), 2))
print(nan != nan, pickle.dumps(float("nan"), 4))
print(pickle.dumps(float("nan"), 0))
print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL, pickle.format_version)
print(pickle.compatible_formats)
print(pickle.dumps(7), pickle.dumps(7, -1), pickle.dumps(7, None))
print(pickle.encode_long(255), pickle.encode_long(-128), pickle.decode_long(b"\xff\x00"))
