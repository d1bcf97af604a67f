# open() in text mode: write, read, readline, readlines, iteration, context manager, utf-8.
import os
path = "/tmp/baton_case_open_text.txt"
with open(path, "w", encoding="utf-8") as f:
    n = f.write("first line\n")
    f.write("second: héllo wörld\n")
    f.writelines(["third\n", "fourth — no newline"])
print("wrote", n, f.closed)
with open(path, encoding="utf-8") as f:
    print(repr(f.read()))
with open(path, "r", encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(path, encoding="utf-8") as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
f = open(path, encoding="utf-8")
print(f.read(5), f.read(6), f.name == path, f.mode, f.readable(), f.writable())
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
with open(path, encoding="utf-8") as f:
    lines = list(f)
print(len(lines), lines[-1])
with open(path, "w") as f:
    print("via print", 1, 2, file=f)
    print("second print", file=f, end="!")
with open(path) as f:
    print(repr(f.read()))
print(open(path).read().splitlines())
with open(path, "rb") as f:
    print(f.read(3))
try:
    with open(path) as f:
        f.write("x")
except Exception as e:
    print(type(e).__name__)
os.remove(path)
try:
    open(path)
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename == path)
try:
    open(path, "zz")
except ValueError as e:
    print("ValueError:", e)
print(os.path.exists(path))
