import sys
print("text first", flush=True)
sys.stdout.buffer.write(b"bytes line\n")
print("text after", flush=True)
b = sys.stdout.buffer
print(b is sys.stdout.buffer, b.name, b.mode, sys.stderr.buffer.mode, flush=True)
n = sys.stdout.buffer.write("é".encode())
sys.stdout.buffer.write(b"\n")
print(n)
