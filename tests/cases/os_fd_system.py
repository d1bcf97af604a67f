# os.fsync/fdatasync (fd or object with fileno()), truncate/ftruncate, fchmod, system, popen (read and write), getloadavg, getgroups, nice, and their errors.
import os, tempfile
d = tempfile.mkdtemp(); p = os.path.join(d, "f")
with open(p, "w") as f:
    f.write("hello world"); f.flush(); os.fsync(f); os.fsync(f.fileno()); os.fdatasync(f.fileno())
os.truncate(p, 5); print(open(p).read())
fd = os.open(p, os.O_RDWR); os.ftruncate(fd, 2); os.fchmod(fd, 0o600); os.close(fd)
print(open(p).read(), oct(os.stat(p).st_mode & 0o777))
print(os.system("exit 3") >> 8, os.system("true"))
print(os.popen("echo popen works").read().strip())
with os.popen("cat > " + p, "w") as w: w.write("via popen\n")
print(open(p).read().strip())
print(len(os.getloadavg()), isinstance(os.getgroups(), list), os.nice(0) >= 0)
for bad in [lambda: os.fsync(-1), lambda: os.fsync("x"), lambda: os.truncate(os.path.join(d, "nope"), 1), lambda: os.popen(1), lambda: os.popen("x", "rb")]:
    try: bad()
    except OSError as e: print(type(e).__name__, e.errno, e.strerror)
    except Exception as e: print(type(e).__name__, e)
os.remove(p); os.rmdir(d)
