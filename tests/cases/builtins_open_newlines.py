# Text mode newline handling: universal newlines on read, newline= argument, binary preserves bytes.
import os
path = "/tmp/baton_case_open_newlines.txt"
with open(path, "wb") as f:
    f.write(b"unix\nwindows\r\nold mac\rlast")
with open(path, encoding="utf-8") as f:
    print(repr(f.read()))
with open(path, encoding="utf-8") as f:
    print([line for line in f])
with open(path, encoding="utf-8", newline="") as f:
    print(f.readlines())
with open(path, "rb") as f:
    print(f.read().split(b"\n"))
with open(path, "w", encoding="utf-8", newline="\r\n") as f:
    f.write("a\nb\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, "w", encoding="utf-8") as f:
    f.write("x\n\ny\n")
with open(path, encoding="utf-8") as f:
    print(f.read().splitlines(), f.read() == "")
with open(path, encoding="utf-8") as f:
    print(sum(1 for _ in f))
os.remove(path)
print(os.path.exists(path))
