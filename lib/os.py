"""OS routines for POSIX: the `posix` native module plus the Python layer
(environ, makedirs, walk, scandir, ...) of CPython's os.py."""

import sys
import stat as st

from posix import *
import posix as _posix
from posix import _exit, stat_result

name = 'posix'
linesep = '\n'

import posixpath as path
from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull

sys.modules['os.path'] = path

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

supports_bytes_environ = True
supports_dir_fd = set()
supports_fd = set()
supports_effective_ids = set()
supports_follow_symlinks = set()

error = OSError


def _exists(name):
    return name in globals()


# ---- directories -----------------------------------------------------------------

def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False])

    Super-mkdir; create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """removedirs(name)

    Super-rmdir; remove a leaf directory and all empty intermediate ones."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """renames(old, new): super-rename, creating and pruning directories."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


# ---- scandir -------------------------------------------------------------------------

class DirEntry:
    """An entry of scandir(): name, path and cached stat information."""

    __slots__ = ('name', 'path', '_stat', '_lstat')

    def __init__(self, dirpath, name):
        self.name = name
        if isinstance(name, bytes):
            sep_ = b'/'
        else:
            sep_ = '/'
        if dirpath.endswith(sep_):
            self.path = dirpath + name
        else:
            self.path = dirpath + sep_ + name
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                if self.is_symlink():
                    self._stat = stat(self.path)
                else:
                    self._stat = self._get_lstat()
            return self._stat
        return self._get_lstat()

    def _get_lstat(self):
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def inode(self):
        return self._get_lstat().st_ino

    def is_symlink(self):
        try:
            return st.S_ISLNK(self._get_lstat().st_mode)
        except FileNotFoundError:
            return False

    def is_dir(self, *, follow_symlinks=True):
        try:
            return st.S_ISDIR(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except FileNotFoundError:
            return False

    def is_file(self, *, follow_symlinks=True):
        try:
            return st.S_ISREG(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except FileNotFoundError:
            return False

    def __class_getitem__(cls, item):
        return cls


class _ScandirIterator:
    def __init__(self, dirpath, names):
        self._dirpath = dirpath
        self._it = iter(names)

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._dirpath, next(self._it))

    def close(self):
        self._it = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()
        return False


def scandir(path=None):
    """scandir(path='.') -> iterator of DirEntry objects for the given path."""
    if path is None:
        path = '.'
    path = fspath(path)
    return _ScandirIterator(path, listdir(path))


# ---- walk ----------------------------------------------------------------------------

def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames)."""
    sys.audit("os.walk", top, topdown, onerror, followlinks) if hasattr(sys, 'audit') else None
    return _walk(fspath(top), topdown, onerror, followlinks)


def _walk(top, topdown, onerror, followlinks):
    dirs = []
    nondirs = []
    walk_dirs = []
    try:
        scandir_it = scandir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return

    with scandir_it:
        while True:
            try:
                try:
                    entry = next(scandir_it)
                except StopIteration:
                    break
            except OSError as error:
                if onerror is not None:
                    onerror(error)
                return

            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False

            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)

            if not topdown and is_dir:
                if followlinks:
                    walk_into = True
                else:
                    try:
                        is_symlink = entry.is_symlink()
                    except OSError:
                        is_symlink = False
                    walk_into = not is_symlink

                if walk_into:
                    walk_dirs.append(entry.path)

    if topdown:
        yield top, dirs, nondirs
        islink, join = path.islink, path.join
        for dirname in dirs:
            new_path = join(top, dirname)
            if followlinks or not islink(new_path):
                yield from _walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from _walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


# ---- environment ------------------------------------------------------------------------

from _collections_abc import MutableMapping, Mapping


class _Environ(MutableMapping):
    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __repr__(self):
        formatted_items = ", ".join(
            f"{key!r}: {value!r}" for key, value in self._data.items())
        return f"environ({{{formatted_items}}})"

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


environ = _Environ(_posix.environ)


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def _fscodec():
    encoding = 'utf-8'
    errors = 'surrogateescape'

    def fsencode(filename):
        """Encode filename (an os.PathLike, bytes, or str) to the filesystem encoding."""
        filename = fspath(filename)
        if isinstance(filename, str):
            return filename.encode(encoding, errors)
        else:
            return filename

    def fsdecode(filename):
        """Decode filename (an os.PathLike, bytes, or str) from the filesystem encoding."""
        filename = fspath(filename)
        if isinstance(filename, bytes):
            return filename.decode(encoding, errors)
        else:
            return filename

    return fsencode, fsdecode


fsencode, fsdecode = _fscodec()
del _fscodec


def get_exec_path(env=None):
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


import abc as _abc


class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented

    def __class_getitem__(cls, item):
        return cls


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


# ---- popen ------------------------------------------------------------------------------


class _wrap_close:
    """A file of a popen()ed command whose close() waits for the command
    and returns None for success, else its wait status."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        returncode = self._proc.wait()
        if returncode == 0:
            return None
        if name == "nt":
            return returncode
        return returncode << 8 if returncode > 0 else -returncode

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)

    def __repr__(self):
        return f"<os._wrap_close object at {id(self):#x}>"


def popen(cmd, mode="r", buffering=-1):
    """Open a pipe to or from command cmd (run by the shell)."""
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    if mode == "r":
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE, bufsize=buffering)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE, bufsize=buffering)
    return _wrap_close(proc.stdin, proc)


# ---- the exec* family over execv/execve --------------------------------------------------

def execl(file, *args):
    """execl(file, *args): execute the executable file with argument list args."""
    execv(file, args)


def execle(file, *args):
    """execle(file, *args, env): as execl, with env the last argument."""
    env = args[-1]
    execve(file, args[:-1], env)


def execlp(file, *args):
    """execlp(file, *args): as execl, searching PATH for file."""
    execvp(file, args)


def execlpe(file, *args):
    """execlpe(file, *args, env): as execlp, with env the last argument."""
    env = args[-1]
    execvpe(file, args[:-1], env)


def execvp(file, args):
    """execvp(file, args): as execv, searching PATH for file."""
    _execvpe(file, args)


def execvpe(file, args, env):
    """execvpe(file, args, env): as execve, searching PATH for file."""
    _execvpe(file, args, env)


def _execvpe(file, args, env=None):
    if env is not None:
        exec_func = execve
        argrest = (args, env)
    else:
        exec_func = execv
        argrest = (args,)
        env = environ
    if path.dirname(file):
        exec_func(file, *argrest)
        return
    saved_exc = None
    for dir in get_exec_path(env):
        fullname = path.join(dir, file)
        try:
            exec_func(fullname, *argrest)
        except (FileNotFoundError, NotADirectoryError) as e:
            last_exc = e
        except OSError as e:
            last_exc = e
            if saved_exc is None:
                saved_exc = e
    if saved_exc is not None:
        raise saved_exc
    raise last_exc


# ---- constants of the Linux C library that programs test for -----------------------------
# (values as on Linux x86-64, where Baton runs)

_LINUX_CONSTANTS = dict(
    CLD_EXITED=1, CLD_KILLED=2, CLD_DUMPED=3, CLD_TRAPPED=4, CLD_STOPPED=5, CLD_CONTINUED=6,
    EX_USAGE=64, EX_DATAERR=65, EX_NOINPUT=66, EX_NOUSER=67, EX_NOHOST=68,
    EX_UNAVAILABLE=69, EX_SOFTWARE=70, EX_OSERR=71, EX_OSFILE=72, EX_CANTCREAT=73,
    EX_IOERR=74, EX_TEMPFAIL=75, EX_PROTOCOL=76, EX_NOPERM=77, EX_CONFIG=78,
    F_ULOCK=0, F_LOCK=1, F_TLOCK=2, F_TEST=3, GRND_NONBLOCK=1, GRND_RANDOM=2,
    NGROUPS_MAX=65536, O_ASYNC=0o20000, O_DIRECT=0o40000, O_FSYNC=0o4010000,
    O_LARGEFILE=0, O_NDELAY=0o4000, O_NOATIME=0o1000000, O_PATH=0o10000000,
    O_RSYNC=0o4010000, O_TMPFILE=0o20200000, PRIO_PROCESS=0, PRIO_PGRP=1, PRIO_USER=2,
    P_WAIT=0, P_NOWAIT=1, P_NOWAITO=1, RTLD_LAZY=1, RTLD_NOW=2, RTLD_NOLOAD=4,
    RTLD_DEEPBIND=8, RTLD_GLOBAL=0x100, RTLD_LOCAL=0, RTLD_NODELETE=0x1000,
    SCHED_OTHER=0, SCHED_FIFO=1, SCHED_RR=2, SCHED_BATCH=3, SCHED_IDLE=5,
    SCHED_RESET_ON_FORK=0x40000000, SEEK_DATA=3, SEEK_HOLE=4,
    ST_RDONLY=1, ST_NOSUID=2, ST_NODEV=4, ST_NOEXEC=8, ST_SYNCHRONOUS=16, ST_MANDLOCK=64,
    ST_WRITE=128, ST_APPEND=256, ST_NOATIME=1024, ST_NODIRATIME=2048, ST_RELATIME=4096,
    TMP_MAX=238328, WSTOPPED=2, WEXITED=4, WNOWAIT=0x1000000,
)
for _k, _v in _LINUX_CONSTANTS.items():
    globals().setdefault(_k, _v)
del _k, _v, _LINUX_CONSTANTS
