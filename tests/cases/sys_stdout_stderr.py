# sys.stdout/sys.stderr as file objects: write, print(file=), flush, redirection.
import sys
n = sys.stdout.write("written directly\n")
print("write returned", n)
sys.stdout.write("no newline; ")
sys.stdout.write("same line\n")
sys.stderr.write("this goes to stderr\n")
print("print to stderr", file=sys.stderr)
sys.stdout.flush()
print(sys.stdout.writable(), hasattr(sys.stdout, "fileno"), sys.stdout.fileno(), sys.stderr.fileno())
class Capture:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
        return len(s)
    def flush(self):
        pass
saved = sys.stdout
sys.stdout = cap = Capture()
print("captured line")
print("another", 1, 2)
sys.stdout = saved
print("captured:", cap.data)
print("".join(cap.data).splitlines())
print(sys.stdout is sys.__stdout__)
sys.stdout.writelines(["a\n", "b\n"])
print("unicode ok: ñ 漢字", file=sys.stdout)
