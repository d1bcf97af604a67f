# Methods, operators and iteration on subclasses of str, bytes and bytearray:
# results are of the base type, dunders reach the built-in implementations.
class S(str):
    pass
x = S("abc")
print(list(x), [c for c in x], x[1], x[::-1], len(x), "b" in x, x.upper(), type(x.upper()).__name__, x + "d", x * 2, repr(x), str(x))
print(x.__iter__().__next__(), S.__str__(x), type(S.__str__(x)).__name__, type(str(x)).__name__, "%s" % x, f"{x:>5}", x.split("b"), x.join(["1", "2"]))
print(type(x.strip()).__name__, type(x[:]).__name__, type(x.replace("z", "y")).__name__, x.__getnewargs__(), x == "abc", x < "abd")
class B(bytes):
    pass
y = B(b"abc")
print(list(y), y[1], y[::-1], len(y), b"b" in y, y.upper(), y + b"d", y * 2, repr(y), str(y), y % (), bytes(y), type(bytes(y)).__name__)
class BA(bytearray):
    pass
z = BA(b"abc")
print(list(z), z[1], z[::-1], len(z), b"b" in z, z.upper(), z + b"d", z * 2, repr(z), str(z), z % ())
z[0] = 65; z += b"!"; z *= 2; del z[1]; print(z, type(z).__name__)
z[1:3] = b"xyz"; z.append(33); z.extend(b"??"); print(z, z.pop(), z.find(b"x"), z.hex())
class Upper(str):
    def __str__(self):
        return self.upper()
    def __len__(self):
        return 99
u = Upper("hi")
print(str(u), len(u), u.center(6, "*"), u.zfill(4), u.__format__(""), u.__format__(">3"), u + "!")
print(str(b"abc", "ascii"), str(B(b"xyz"), "latin-1"), str(BA(b"q"), encoding="utf-8"), bytes(S("s"), "ascii"), bytearray(S("t"), "ascii"))
