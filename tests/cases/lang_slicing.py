# Slicing and indexing for sequences, with negative and extended steps.
s = "abcdefghij"
print(s[0], s[-1], s[3:6], s[:3], s[7:], s[:], s[::2], s[1::3], s[::-1])
print(s[-3:], s[:-3], s[-100:100], s[5:2], s[8:2:-2], s[-1:-4:-1])
l = list(range(10))
print(l[2:8:3], l[::-3], l[100:], l[-100:2])
t = tuple(l)
print(t[1:4], t[::5])
b = b"hello"
print(b[1], b[1:3], b[::-1])
r = range(0, 20, 2)
print(r[3], r[2:5], r[::-1], r[-1])
sl = slice(1, 8, 2)
print(l[sl], sl.start, sl.stop, sl.step)
print(slice(None, 5).indices(10), slice(-3, None).indices(10), slice(None, None, -1).indices(5))
class Seq:
    def __getitem__(self, key):
        return key
q = Seq()
print(q[1], q[1:2], q[::3], q[1:2, 3], q[...], q[:, None])
l2 = list(range(6))
l2[1:3] = []
print(l2)
l2[:0] = [-1, -2]
print(l2)
l2[len(l2):] = [99]
print(l2)
try:
    l2[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    s[20]
except IndexError as e:
    print("IndexError:", e)
try:
    l[10]
except IndexError as e:
    print("IndexError:", e)
try:
    t[-11]
except IndexError as e:
    print("IndexError:", e)
try:
    s["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[1:2:0]
except ValueError as e:
    print("ValueError:", e)
print("abc"[True], [1, 2][False])
