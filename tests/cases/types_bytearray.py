# bytearray: a mutable bytes.
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[1:3])
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b" ok")
print(ba)
ba[1:5] = b"EY"
print(ba)
del ba[0]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 65)
print(ba)
ba.reverse()
print(ba)
ba.remove(ord(" "))
print(ba, ba.find(b"Y"), ba.count(b"o"), ba.index(b"A"))
ba2 = bytearray(3)
print(ba2, bytearray(), bytearray([1, 2, 3]), bytearray("abc", "ascii"))
print(ba2 == bytes(3), bytearray(b"abc").upper(), bytearray(b"a,b").split(b","))
ba3 = bytearray(b"xyz")
ba3 += b"!"
ba3 *= 2
print(ba3, bytes(ba3), ba3.decode())
ba3.clear()
print(ba3, len(ba3))
c = bytearray(b"abc")
d = c.copy()
d[0] = 122
print(c, d, c.hex())
try:
    c[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    hash(c)
except TypeError as e:
    print("TypeError:", e)
try:
    bytearray(b"").pop()
except IndexError as e:
    print("IndexError:", e)
print(type(c + b"x").__name__, type(b"x" + c).__name__, list(bytearray(b"\x00\x7f")))
print(bytearray(b"  strip me ").strip(), bytearray.fromhex("ff00"))
