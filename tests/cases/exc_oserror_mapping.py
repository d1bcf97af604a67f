# OSError construction maps errno to subclasses; attributes and str forms.
import errno
cases = [(errno.ENOENT, "FileNotFoundError"), (errno.EEXIST, "FileExistsError"), (errno.EACCES, "PermissionError"),
         (errno.EISDIR, "IsADirectoryError"), (errno.ENOTDIR, "NotADirectoryError"), (errno.EPIPE, "BrokenPipeError"),
         (errno.ECONNREFUSED, "ConnectionRefusedError"), (errno.ETIMEDOUT, "TimeoutError"), (errno.EINTR, "InterruptedError"),
         (errno.ECHILD, "ChildProcessError"), (errno.ESRCH, "ProcessLookupError"), (errno.EAGAIN, "BlockingIOError"), (9999, "OSError")]
for code, expected in cases:
    e = OSError(code, "message")
    print(type(e).__name__ == expected, type(e).__name__, e.errno == code)
e = OSError(errno.ENOENT, "No such file or directory", "/some/path")
print(str(e), repr(e.filename), e.strerror)
e2 = OSError(errno.EEXIST, "exists", "src", None, "dst")
print(str(e2), e2.filename2)
print(str(OSError("just a message")), OSError("a", "b", "c", "d", "e", "f").args)
try:
    open("/")
except IsADirectoryError as e:
    print("IsADirectoryError", e.errno == errno.EISDIR, e.filename)
try:
    open("/tmp/baton_case_missing_dir_zz/x", "w")
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror)
print(errno.ENOENT, errno.errorcode[errno.ENOENT])
