# bytearray mutation: item and slice assignment (extended slices too),
# deletion, the mutating methods, in-place operators, construction.
def s(k, v):
    ba = bytearray(b"abcdef")
    try:
        ba[k] = v
        print(ba)
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
def d(k):
    ba = bytearray(b"abcdef")
    try:
        del ba[k]
        print(ba)
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
for k, v in [(0, 65), (-1, 0), (0, "a"), (0, 256), (0, -1), (10, 1), (-7, 1), ("a", 1), (1.5, 1), (2**70, 1), (True, 66)]:
    s(k, v)
for k, v in [(slice(1, 3), b"XYZ"), (slice(1, 3), b""), (slice(5, 1), b"XY"), (slice(None), b"new"), (slice(-2, None), [1, 2, 3]),
             (slice(1, 3), 5), (slice(1, 3), "ab"), (slice(1, 3), [1, "a"]), (slice(1, 3), [300]), (slice(1, 3), None),
             (slice(None, None, 2), b"xyz"), (slice(None, None, 2), b"xy"), (slice(None, None, -2), b"xyz"), (slice(1, 1, 2), b""),
             (slice(None, None, 2), [65, 66, 67]), (slice(None, None, -1), b"123456"), (slice(None, None, 0), b""),
             (slice(0, 2), range(65, 70)), (slice(0, 2), bytearray(b"Q")), (slice(100, 200), b"!"), (slice(-100, 1), b"<")]:
    s(k, v)
for k in (0, -1, 6, "a", slice(1, 3), slice(None, None, 2), slice(None, None, -2), slice(None, None, 0), slice(4, 1), slice(1, None, 3), slice(-1, 0, -2)):
    d(k)
ba = bytearray(b"abc")
ba.append(100); ba.extend(b"ef"); ba.extend([103, 104]); ba.extend(bytearray(b"i")); ba.extend(x for x in (106,)); ba.extend(range(107, 109))
print(ba, len(ba))
ba.insert(0, 64); ba.insert(-1, 33); ba.insert(100, 35); ba.insert(-100, 36)
print(ba, ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("b")); ba.reverse(); print(ba, ba.copy(), ba.copy() is ba)
ba.clear(); print(ba, len(ba), bytearray().__alloc__())
ba = bytearray(b"xy"); ba += b"z"; ba += bytearray(b"w"); print(ba); ba *= 2; print(ba); ba *= 0; print(ba)
same = bytearray(b"12"); alias = same; same += b"3"; same *= 2; print(alias, alias is same)
ba = bytearray(b"abc"); ba[0:2] = ba; print(ba); ba[::2] = ba[:2]; print(ba)
for f in (lambda: ba.append("a"), lambda: ba.append(256), lambda: ba.append(2**70), lambda: ba.extend("abc"), lambda: ba.extend(1),
          lambda: ba.extend([1, "a"]), lambda: ba.extend([300]), lambda: ba.insert("a", 1), lambda: ba.insert(0, "a"),
          lambda: ba.insert(), lambda: ba.pop(10), lambda: ba.pop("a"), lambda: bytearray().pop(), lambda: bytearray().pop(0),
          lambda: ba.remove(120), lambda: ba.remove(b"a"), lambda: ba.__iadd__("a") if False else None, lambda: ba.clear(1)):
    try:
        print(repr(f()))
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
for f in (lambda: bytearray("abc"), lambda: bytearray(1, "utf-8"), lambda: bytearray(-1), lambda: bytearray(1.5), lambda: bytearray([1.5]),
          lambda: bytearray("é", "utf-8"), lambda: bytearray(3), lambda: bytearray(range(3)), lambda: bytearray(b"x", errors="strict"),
          lambda: bytearray(encoding="utf-8"), lambda: bytes(1.5), lambda: bytes("a", errors="strict"), lambda: bytes(b"a", "utf-8"),
          lambda: bytes(["a"]), lambda: bytes([256]), lambda: bytes(2**70), lambda: bytes(x=1), lambda: bytes(1, 2, 3, 4),
          lambda: bytes("a", 1), lambda: bytes(source=b"x"), lambda: bytes(True), lambda: bytes(iter(b"abc")), lambda: bytes(-3)):
    try:
        print(repr(f()))
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
class WithBytes:
    def __bytes__(self): return b"wb"
    def __index__(self): return 2
class BadBytes:
    def __bytes__(self): return "no"
print(bytes(WithBytes()), bytearray(WithBytes()))
try:
    bytes(BadBytes())
except TypeError as e:
    print("TypeError:", e)
class BA(bytearray):
    def __init__(self, n):
        super().__init__(b"z" * n)
        self.extra = n
b2 = BA(3); print(b2, b2.extra, type(b2).__name__, b2 + b"!", type(b2 + b"!").__name__)
b2[0] = 65; del b2[1]; print(b2, len(b2))
x = bytearray(b"ab"); x.__init__(b"xyz"); print(x); x.__setitem__(0, 66); x.__delitem__(slice(1, None)); print(x)
print(bytearray(b"ab").__reduce__(), bytearray(b"\xff").__reduce_ex__(2), bytearray(b"ab").__reduce_ex__(4))
