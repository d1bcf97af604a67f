"""Temporary files and directories (Baton's tempfile, POSIX only).

mkstemp/mkdtemp/mktemp make names; TemporaryFile, NamedTemporaryFile,
SpooledTemporaryFile and TemporaryDirectory are the high-level interfaces.
Names are a prefix ('tmp' unless given), eight random characters from
'abcdefghijklmnopqrstuvwxyz0123456789_' and a suffix; the directory is
gettempdir(): $TMPDIR, $TEMP, $TMP, /tmp, /var/tmp, /usr/tmp or the current
directory, whichever first accepts a file."""

__all__ = [
    "NamedTemporaryFile", "TemporaryFile",
    "SpooledTemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp",
    "mktemp",
    "TMP_MAX", "gettempprefix",
    "tempdir", "gettempdir",
    "gettempprefixb", "gettempdirb",
]

import os as _os
import sys as _sys
import errno as _errno
import functools as _functools
import _thread

_allocate_lock = _thread.allocate_lock

_text_openflags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
if hasattr(_os, 'O_NOFOLLOW'):
    _text_openflags |= _os.O_NOFOLLOW
if hasattr(_os, 'O_CLOEXEC'):
    _text_openflags |= _os.O_CLOEXEC
_bin_openflags = _text_openflags
if hasattr(_os, 'O_BINARY'):
    _bin_openflags |= _os.O_BINARY

# glibc's TMP_MAX, the value CPython exposes on Linux.
TMP_MAX = getattr(_os, 'TMP_MAX', 238328)

template = "tmp"

_once_lock = _allocate_lock()

tempdir = None


def _audit(*args):
    audit = getattr(_sys, 'audit', None)
    if audit is not None:
        audit(*args)


def _exists(fn):
    try:
        _os.lstat(fn)
    except OSError:
        return False
    return True


def _infer_return_type(*args):
    """str or bytes, from the path components given (None ones skipped)."""
    return_type = None
    for arg in args:
        if arg is None:
            continue
        if isinstance(arg, _os.PathLike):
            arg = _os.fspath(arg)
        if isinstance(arg, bytes):
            if return_type is str:
                raise TypeError("Can't mix bytes and non-bytes in path components.")
            return_type = bytes
        else:
            if return_type is bytes:
                raise TypeError("Can't mix bytes and non-bytes in path components.")
            return_type = str
    if return_type is None:
        if tempdir is None or isinstance(tempdir, str):
            return str
        return bytes
    return return_type


def _sanitize_params(prefix, suffix, dir):
    output_type = _infer_return_type(prefix, suffix, dir)
    if suffix is None:
        suffix = output_type()
    if prefix is None:
        prefix = template if output_type is str else _os.fsencode(template)
    if dir is None:
        dir = gettempdir() if output_type is str else gettempdirb()
    return prefix, suffix, dir, output_type


class _RandomNameSequence:
    """An endless iterator of 8-character random names."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    @property
    def rng(self):
        pid = _os.getpid()
        if pid != getattr(self, '_rng_pid', None):
            # A fresh generator after a fork, so parent and child differ.
            try:
                from random import Random
                self._rng = Random()
            except ImportError:
                self._rng = None
            self._rng_pid = pid
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        rng = self.rng
        chars = self.characters
        if rng is not None:
            return ''.join(rng.choices(chars, k=8))
        n = len(chars)
        out = []
        while len(out) < 8:
            for b in _os.urandom(16):
                if b < 256 - 256 % n:       # no modulo bias
                    out.append(chars[b % n])
                    if len(out) == 8:
                        break
        return ''.join(out)


def _candidate_tempdir_list():
    dirlist = []
    for envname in 'TMPDIR', 'TEMP', 'TMP':
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(_os.getcwd())
    except (AttributeError, OSError):
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    """The first candidate directory where a file can be created and written."""
    namer = _RandomNameSequence()
    dirlist = _candidate_tempdir_list()
    for dir in dirlist:
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        for _ in range(100):
            filename = _os.path.join(dir, next(namer))
            try:
                fd = _os.open(filename, _bin_openflags, 0o600)
                try:
                    try:
                        _os.write(fd, b'blat')
                    finally:
                        _os.close(fd)
                finally:
                    _os.unlink(filename)
                return dir
            except FileExistsError:
                pass
            except OSError:
                break
    raise FileNotFoundError(_errno.ENOENT,
                            "No usable temporary directory found in %s" % dirlist)


_name_sequence = None


def _get_candidate_names():
    """The shared _RandomNameSequence."""
    global _name_sequence
    if _name_sequence is None:
        with _once_lock:
            if _name_sequence is None:
                _name_sequence = _RandomNameSequence()
    return _name_sequence


def _mkstemp_inner(dir, pre, suf, flags, output_type):
    dir = _os.path.abspath(dir)
    names = _get_candidate_names()
    if output_type is bytes:
        names = map(_os.fsencode, names)
    for _ in range(TMP_MAX):
        name = next(names)
        file = _os.path.join(dir, pre + name + suf)
        _audit("tempfile.mkstemp", file)
        try:
            fd = _os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        return fd, file
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


def gettempprefix():
    """The default prefix of temporary names, as str."""
    return _os.fsdecode(template)


def gettempprefixb():
    """The default prefix of temporary names, as bytes."""
    return _os.fsencode(template)


def _gettempdir():
    global tempdir
    if tempdir is None:
        with _once_lock:
            if tempdir is None:
                tempdir = _get_default_tempdir()
    return tempdir


def gettempdir():
    """The default directory for temporary files, as str."""
    return _os.fsdecode(_gettempdir())


def gettempdirb():
    """The default directory for temporary files, as bytes."""
    return _os.fsencode(_gettempdir())


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create and open a new temporary file securely (readable and writable
    only by this user); return (fd, absolute path). The caller closes and
    deletes it."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    flags = _text_openflags if text else _bin_openflags
    return _mkstemp_inner(dir, prefix, suffix, flags, output_type)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new temporary directory (mode 0o700) and return its path.
    The caller deletes it."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    names = _get_candidate_names()
    if output_type is bytes:
        names = map(_os.fsencode, names)
    for _ in range(TMP_MAX):
        name = next(names)
        file = _os.path.join(dir, prefix + name + suffix)
        _audit("tempfile.mkdtemp", file)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return file
    raise FileExistsError(_errno.EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """Return a name that did not exist when asked (unsafe: use mkstemp)."""
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        name = next(names)
        file = _os.path.join(dir, prefix + name + suffix)
        if not _exists(file):
            return file
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


def _open_fd(fd, path, mode, buffering, encoding, newline, errors):
    """A file object over the new file fd (at path); fd is consumed."""
    if 'b' in mode:
        encoding = None
    try:
        return open(fd, mode, buffering=buffering, newline=newline,
                    encoding=encoding, errors=errors)
    except TypeError:
        pass
    # open() does not take a descriptor here: open the file by its name
    # (it is new and ours), then let the descriptor go.
    by_name = mode.replace('x', 'w')
    try:
        f = open(path, by_name, buffering=buffering, newline=newline,
                 encoding=encoding, errors=errors)
    except BaseException:
        _os.close(fd)
        raise
    _os.close(fd)
    return f


class _TemporaryFileCloser:
    """Closes the file and deletes it (if asked) exactly once, also when the
    wrapper is garbage collected."""

    file = None
    close_called = False

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete

    def close(self, unlink=_os.unlink):
        if not self.close_called and self.file is not None:
            self.close_called = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    unlink(self.name)

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


class _TemporaryFileWrapper:
    """The object NamedTemporaryFile returns: the file's attributes, plus
    name and delete; closing it deletes the file when delete is true."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closer = _TemporaryFileCloser(file, name, delete)

    def __getattr__(self, name):
        file = self.__dict__['file']
        a = getattr(file, name)
        if callable(a):
            func = a

            @_functools.wraps(func)
            def func_wrapper(*args, **kwargs):
                return func(*args, **kwargs)
            # Keep the closer alive while a bound method is around.
            func_wrapper._closer = self._closer
            a = func_wrapper
        if not isinstance(a, int):
            setattr(self, name, a)
        return a

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper object at %#x>" % id(self)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        """Close the temporary file, deleting it if delete is true."""
        self._closer.close()

    def __iter__(self):
        for line in self.file:
            yield line


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (the .name attribute); with
    delete true it is deleted when closed."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _bin_openflags, output_type)
    try:
        file = _open_fd(fd, name, mode, buffering, encoding, newline, errors)
    except BaseException:
        _os.unlink(name)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """A temporary file with no name in the file system: it is gone as soon
    as it is closed."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _bin_openflags, output_type)
    try:
        file = _open_fd(fd, name, mode, buffering, encoding, newline, errors)
    finally:
        _os.unlink(name)
    return file


class SpooledTemporaryFile:
    """A temporary file kept in memory until it grows past max_size bytes
    (or fileno() is called); then it is rolled over to a TemporaryFile."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1,
                 encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        self._max_size = max_size
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering,
                                   'suffix': suffix, 'prefix': prefix,
                                   'encoding': encoding, 'newline': newline,
                                   'dir': dir, 'errors': errors}
        self._mode = mode
        self._encoding = encoding
        self._errors = errors
        try:
            import io
            if 'b' in mode:
                self._file = io.BytesIO()
            else:
                self._file = io.StringIO(newline=newline)
        except (ImportError, AttributeError):
            # No in-memory files: start on disk.
            self._file = None
            self.rollover()

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def _check(self, file):
        if self._rolled:
            return
        max_size = self._max_size
        if max_size and file.tell() > max_size:
            self.rollover()

    def rollover(self):
        """Move the data to a real temporary file."""
        if self._rolled:
            return
        old = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        if old is not None:
            pos = old.tell()
            newfile.write(old.getvalue())
            newfile.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def __next__(self):
        return next(self._file)

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        if 'b' in self._mode:
            return getattr(self._file, 'encoding', None) if self._rolled else None
        if self._rolled:
            return self._file.encoding
        return self._encoding if self._encoding is not None else 'utf-8'

    @property
    def errors(self):
        if 'b' in self._mode:
            return None
        if self._rolled:
            return self._file.errors
        return self._errors if self._errors is not None else 'strict'

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._mode

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        return getattr(self._file, 'newlines', None)

    def readable(self):
        return self._file.readable()

    def read(self, *args):
        return self._file.read(*args)

    def read1(self, *args):
        return self._file.read1(*args)

    def readinto(self, b):
        return self._file.readinto(b)

    def readinto1(self, b):
        return self._file.readinto1(b)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seekable(self):
        return self._file.seekable()

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def writable(self):
        return self._file.writable()

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv

    def detach(self):
        return self._file.detach()


class TemporaryDirectory:
    """A temporary directory, removed with its contents by cleanup(), at the
    end of a with block (which binds its name), or when the object goes away.

    With ignore_cleanup_errors, errors while removing it are ignored."""

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._cleaned = False

    @classmethod
    def _rmtree(cls, name, ignore_errors=False):
        import shutil

        def reset_perms(path):
            chflags = getattr(_os, 'chflags', None)
            if chflags is not None:
                try:
                    chflags(path, 0)
                except OSError:
                    pass
            _os.chmod(path, 0o700)

        def onerror(func, path, exc_info):
            if issubclass(exc_info[0], PermissionError):
                # A read-only directory or file: make it writable and retry.
                try:
                    if path != name:
                        reset_perms(_os.path.dirname(path))
                    reset_perms(path)
                    try:
                        _os.unlink(path)
                    except (IsADirectoryError, PermissionError):
                        cls._rmtree(path, ignore_errors=ignore_errors)
                except FileNotFoundError:
                    pass
            elif issubclass(exc_info[0], FileNotFoundError):
                pass
            elif not ignore_errors:
                raise

        shutil.rmtree(name, onerror=onerror)

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        was_cleaned = self._cleaned
        self._cleaned = True
        if not was_cleaned or _os.path.exists(self.name):
            self._rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __del__(self):
        if getattr(self, '_cleaned', True):
            return
        self._cleaned = True
        try:
            import warnings
            warnings.warn("Implicitly cleaning up {!r}".format(self), ResourceWarning)
        except Exception:
            pass
        try:
            self._rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
        except Exception:
            pass

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
