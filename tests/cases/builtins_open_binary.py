# open() in binary mode, append mode, seek/tell, and "x" mode.
import os
path = "/tmp/baton_case_open_binary.bin"
with open(path, "wb") as f:
    f.write(bytes(range(10)))
    f.write(b"\xff\xfe")
with open(path, "rb") as f:
    data = f.read()
print(data, len(data), type(data).__name__)
with open(path, "ab") as f:
    f.write(b"tail")
with open(path, "rb") as f:
    print(f.read(4), f.tell())
    f.seek(10)
    print(f.read(2), f.tell())
    f.seek(0)
    print(f.read()[-4:])
with open(path, "w", encoding="utf-8") as f:
    f.write("one\n")
with open(path, "a", encoding="utf-8") as f:
    f.write("two\n")
    f.write("three\n")
with open(path, encoding="utf-8") as f:
    print(f.read().split())
with open(path, "rb") as f:
    print(f.readline(), f.readlines())
with open(path, "r+", encoding="utf-8") as f:
    f.write("ONE")
with open(path, encoding="utf-8") as f:
    print(f.readline().strip())
with open(path, "wb") as f:
    f.write("ü€".encode("utf-8"))
with open(path, encoding="utf-8") as f:
    s = f.read()
print(s, len(s))
with open(path, "rb") as f:
    print(len(f.read()))
os.remove(path)
with open(path, "x") as f:
    f.write("created")
try:
    open(path, "x")
except FileExistsError as e:
    print("FileExistsError", e.errno)
os.remove(path)
print(os.path.exists(path))
