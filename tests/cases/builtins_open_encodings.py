# File encodings: utf-8 default for these cases, latin-1, errors= handling, BOM-less utf-16.
import os
path = "/tmp/baton_case_open_encodings.txt"
text = "naïve café — 日本 😀"
with open(path, "w", encoding="utf-8") as f:
    f.write(text)
with open(path, "rb") as f:
    raw = f.read()
print(len(text), len(raw), raw[:8])
with open(path, encoding="utf-8") as f:
    print(f.read() == text)
with open(path, encoding="latin-1") as f:
    mangled = f.read()
print(len(mangled), mangled[:8])
with open(path, encoding="ascii", errors="replace") as f:
    print(f.read())
with open(path, encoding="ascii", errors="ignore") as f:
    print(f.read())
try:
    with open(path, encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason, e.start)
with open(path, "w", encoding="latin-1") as f:
    f.write("café")
with open(path, "rb") as f:
    print(f.read())
try:
    with open(path, "w", encoding="latin-1") as f:
        f.write("日本")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e.reason)
with open(path, "w", encoding="utf-16-le") as f:
    f.write("hi")
with open(path, "rb") as f:
    print(f.read())
os.remove(path)
