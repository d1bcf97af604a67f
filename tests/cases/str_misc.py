# Miscellaneous str behaviour: immutability, operators, iteration, comparisons, hashing, interning-free equality.
s = "abc"
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
print(s * 3, 3 * s, s + "def", s * 0, s * -1, "-" * 10)
print([c for c in s], list(reversed(s)), sorted("cba"), "".join(sorted("hello")))
print(s == "abc", s is not None, "a" < "b", "abc" < "abd", "abc" < "ab", "B" < "a")
print(str.lower("ABC"), "abc".__len__(), "abc".__contains__("b"), "a".__add__("b"))
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".foo
except AttributeError as e:
    print("AttributeError:", e)
print(max("hello"), min("hello"), len(""), "".join(["a"] * 3), str(123)[::-1])
t = "Hello"
u = t
t += " World"
print(t, u)
print("%s" % s, s.__class__.__name__, isinstance(s, str), str is type(s))
print(" ".join(w.capitalize() for w in "the cat sat".split()))
print("a,b".split(",") == ["a", "b"], "x".join("123"), "abc".encode())
print(s[0] + s[-1], s[1:] + s[:1], s.index("c"), ord(s[0]) + 1)
print(hash("x") == hash("x"), {"a": 1}["a"], "abc".__hash__() == hash("abc"))
print(str(b"abc"), str(1 / 3), str(-0.0), str(10 ** 25), str([1.5, "s"]), str(("x",)))
print("abc".zfill(6), "ABC".lower().upper(), "tEsT".swapcase(), "hello"[1:-1].upper())
