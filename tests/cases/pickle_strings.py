# str, bytes and bytearray for every protocol, including the size thresholds
# (SHORT_BINUNICODE / BINUNICODE, SHORT_BINBYTES / BINBYTES, BYTEARRAY8) and
# protocol 0's UNICODE escapes and protocol 0-2's bytes via _codecs.encode.
import pickle


def digest(b):
    h = 0
    for i in range(0, len(b), 3):
        h = (h * 131 + b[i]) % 1000000007
    return len(b), h


small = [
    "", "a", "hello world", "caf\u00e9", "\u20ac100", "\U0001f600 smile",
    "back\\slash", "new\nline", "cr\rhere", "nul\0byte", "ctrl\x1az", "tab\t",
    "x" * 255, "x" * 256, "\u00e9" * 128,
    b"", b"a", b"\x00\xff\x80", b"x" * 255, b"x" * 256,
    bytearray(), bytearray(b"abc"), bytearray(b"\x00" * 300),
]
for proto in range(6):
    print("protocol", proto)
    for v in small:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        ok = back == v and type(back) is type(v)
        if len(data) > 90:
            shown = "%r...%r %r" % (data[:40], data[-20:], digest(data))
        else:
            shown = repr(data)
        print(" ", repr(v)[:20], shown, ok)

# Payloads of 64 KiB and more bypass the frame buffer.
big = ["s" * 65535, "s" * 65536, "\u00e9" * 40000, b"b" * 65536, b"b" * 70000,
       bytearray(b"c" * 70000)]
for proto in range(6):
    for v in big:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        print(proto, type(v).__name__, len(v), data[:16], digest(data), back == v)
    both = pickle.dumps([big[0], big[3], "tail"], proto)
    print(proto, "list", both[:20], both[-24:], digest(both))

s = "shared"
print(pickle.dumps([s, s, b"b", b"b"], 2))
print(pickle.dumps([b"one", b"two"], 1))
print(pickle.dumps("\u1234\U00012345", 0))
print(pickle.loads(pickle.dumps("\u1234\U00012345\\\n", 0)) == "\u1234\U00012345\\\n")
