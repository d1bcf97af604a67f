# errno: the constants, errorcode, and their agreement with OSError.errno.
import errno

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EINTR, errno.EAGAIN, errno.EWOULDBLOCK, errno.EPIPE)
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EAGAIN], errno.errorcode[errno.EDEADLK], errno.errorcode[errno.ENOTSUP])
print(errno.EOPNOTSUPP == errno.ENOTSUP, errno.EDEADLOCK == errno.EDEADLK, len(errno.errorcode) > 100)
names = sorted(n for n in dir(errno) if n.startswith("E"))
print(len(names), names[:8])
print(all(errno.errorcode[getattr(errno, n)] in names for n in names))
print(sorted(errno.errorcode.items())[:10])
print(all(getattr(errno, v) == k for k, v in errno.errorcode.items()))
try:
    open("/nonexistent-dir-for-errno-case/x")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], type(e).__name__)
print(type(errno.errorcode).__name__, errno.__name__)
