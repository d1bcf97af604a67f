# print: sep, end, file, flush, multiple args, objects with __str__.
import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=", ", end="!\n")
print(1, 2.5, None, True, [1, "x"], {"k": (1,)}, sep=" | ")
print("no newline", end="")
print(" continued")
print(*range(5))
print(*"abc", sep="-")
print("x", end="")
print()
print(sep="ignored")
print("to stdout", file=sys.stdout)
print("to stderr (not compared)", file=sys.stderr)
print("flushed", flush=True)
class S:
    def __str__(self):
        return "str of S"
    def __repr__(self):
        return "repr of S"
print(S(), [S()], str(S()), repr(S()))
print("a", "b", sep=None, end=None)
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = Writer()
print("into", "writer", sep="+", end=".", file=w)
print(w.parts)
print("x", file=None)
try:
    print("x", sep=1)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=2)
except TypeError as e:
    print("TypeError:", e)
print("unicode: é ü 中文 😀")
print("tab\tsep", "new\nline")
