"""High-level file operations: copying files and trees, removing trees,
moving, which(), get_terminal_size() (Baton's shutil, POSIX only).

Archiving (make_archive/unpack_archive) is not provided."""

import os
import sys
import stat
import fnmatch
import errno

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "which", "ignore_patterns", "get_terminal_size",
           "SameFileError"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is
    not supported on a special file (e.g. a named pipe)"""


class ExecError(OSError):
    """Raised when a command could not be executed"""


class ReadError(OSError):
    """Raised when an archive cannot be read"""


class RegistryError(Exception):
    """Raised when a registry operation with the archiving
    and unpacking registries fails"""


def _audit(*args):
    audit = getattr(sys, 'audit', None)
    if audit is not None:
        audit(*args)


# ---- copying files -------------------------------------------------------------------

def copyfileobj(fsrc, fdst, length=0):
    """Copy the data of the file-like object fsrc to the file-like object fdst."""
    if not length:
        length = COPY_BUFSIZE
    read = fsrc.read
    write = fdst.write
    while True:
        buf = read(length)
        if not buf:
            break
        write(buf)


def _samefile(src, dst):
    if isinstance(src, os.DirEntry):
        try:
            return os.path.samestat(src.stat(), os.stat(dst))
        except OSError:
            return False
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def _stat(fn):
    return fn.stat() if isinstance(fn, os.DirEntry) else os.stat(fn)


def _islink(fn):
    return fn.is_symlink() if isinstance(fn, os.DirEntry) else os.path.islink(fn)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents (no metadata) of the file src to the file dst;
    return dst. With follow_symlinks false, a symbolic link src is copied as
    a new link."""
    _audit("shutil.copyfile", src, dst)
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))

    for fn in (src, dst):
        try:
            st = _stat(fn)
        except OSError:
            continue
        if stat.S_ISFIFO(st.st_mode):
            if isinstance(fn, os.DirEntry):
                fn = fn.path
            raise SpecialFileError("`%s` is a named pipe" % fn)

    if not follow_symlinks and _islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as fsrc:
        try:
            with open(dst, 'wb') as fdst:
                copyfileobj(fsrc, fdst)
        except IsADirectoryError as e:
            if not os.path.exists(dst):
                raise FileNotFoundError(f'Directory does not exist: {dst}') from e
            raise
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst."""
    _audit("shutil.copymode", src, dst)
    if not follow_symlinks and _islink(src) and os.path.islink(dst):
        lchmod = getattr(os, 'lchmod', None)
        if lchmod is None:
            return
        st = os.lstat(src)
        lchmod(dst, stat.S_IMODE(st.st_mode))
        return
    st = _stat(src)
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def _nop(*args, ns=None, follow_symlinks=None):
    pass


def copystat(src, dst, *, follow_symlinks=True):
    """Copy the permission bits, last access and modification times and flags
    of src to dst (no contents, owner or group)."""
    _audit("shutil.copystat", src, dst)
    follow = follow_symlinks or not (_islink(src) and os.path.islink(dst))
    if follow:
        def lookup(name):
            return getattr(os, name, _nop)
    else:
        # Acting on the link itself needs functions that can do it.
        def lookup(name):
            fn = getattr(os, name, _nop)
            if fn in os.supports_follow_symlinks:
                return fn
            return _nop
    if isinstance(src, os.DirEntry):
        st = src.stat(follow_symlinks=follow)
    elif follow:
        st = os.stat(src)
    else:
        st = os.lstat(src)
    mode = stat.S_IMODE(st.st_mode)
    lookup('utime')(dst, ns=(st.st_atime_ns, st.st_mtime_ns), follow_symlinks=follow)
    try:
        lookup('chmod')(dst, mode, follow_symlinks=follow)
    except NotImplementedError:
        # No lchmod here: a link's own mode cannot be set, and need not be.
        pass
    flags = getattr(st, 'st_flags', None)
    if flags is not None and hasattr(os, 'chflags'):
        try:
            lookup('chflags')(dst, flags, follow_symlinks=follow)
        except OSError as why:
            if why.errno not in (errno.ENOTSUP, errno.EOPNOTSUPP):
                raise


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and mode bits ("cp src dst"); return the file's destination.
    dst may be a directory."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Copy data and metadata ("cp -p src dst"); return the file's destination.
    dst may be a directory."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


# ---- copying trees ---------------------------------------------------------------------------

def ignore_patterns(*patterns):
    """A function for copytree's ignore argument: it ignores the names that
    match any of the glob-style patterns."""
    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Recursively copy the directory tree src to dst; return dst.

    Errors are collected and raised together as an Error whose argument is
    a list of (srcname, dstname, message) tuples."""
    _audit("shutil.copytree", src, dst)
    with os.scandir(src) as it:
        entries = list(it)

    if ignore is not None:
        ignored_names = ignore(os.fspath(src), [e.name for e in entries])
    else:
        ignored_names = set()

    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    pass_entry = copy_function is copy2 or copy_function is copy

    for entry in entries:
        if entry.name in ignored_names:
            continue
        srcname = os.path.join(src, entry.name)
        dstname = os.path.join(dst, entry.name)
        srcobj = entry if pass_entry else srcname
        try:
            if entry.is_symlink():
                linkto = os.readlink(srcname)
                if symlinks:
                    os.symlink(linkto, dstname)
                    copystat(srcobj, dstname, follow_symlinks=not symlinks)
                    continue
                if not os.path.exists(linkto) and ignore_dangling_symlinks:
                    continue
            if entry.is_dir():
                copytree(srcobj, dstname, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(srcobj, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


# ---- removing trees ------------------------------------------------------------------------

def _rmtree_walk(path, onerror):
    try:
        with os.scandir(path) as it:
            entries = list(it)
    except OSError:
        onerror(os.scandir, path, sys.exc_info())
        entries = []
    for entry in entries:
        fullname = entry.path
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            try:
                if entry.is_symlink():
                    raise OSError("Cannot call rmtree on a symbolic link")
            except OSError:
                onerror(os.path.islink, fullname, sys.exc_info())
                continue
            _rmtree_walk(fullname, onerror)
        else:
            try:
                os.unlink(fullname)
            except OSError:
                onerror(os.unlink, fullname, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Recursively delete a directory tree.

    With ignore_errors, errors are ignored; otherwise onerror(func, path,
    exc_info) is called for each, or, without onerror, the error is raised."""
    _audit("shutil.rmtree", path, dir_fd)
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    try:
        orig_st = os.lstat(path)
    except Exception:
        onerror(os.lstat, path, sys.exc_info())
        return
    try:
        if stat.S_ISLNK(orig_st.st_mode):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError:
        onerror(os.path.islink, path, sys.exc_info())
        return
    _rmtree_walk(os.fspath(path), onerror)


rmtree.avoids_symlink_attacks = False


# ---- moving --------------------------------------------------------------------------------

def _basename(path):
    path = os.fspath(path)
    seps = os.path.sep + (os.path.altsep or '')
    return os.path.basename(path.rstrip(seps))


def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    """Recursively move a file or directory to another location; return the
    destination. A directory dst receives src inside it; across file
    systems the tree is copied then removed."""
    _audit("shutil.move", src, dst)
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            # Same directory under another name (case-only rename, say).
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            linkto = os.readlink(src)
            os.symlink(linkto, real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


# ---- disk usage, owner --------------------------------------------------------------------

if hasattr(os, 'statvfs'):
    from collections import namedtuple as _namedtuple
    _ntuple_diskusage = _namedtuple('usage', 'total used free')
    del _namedtuple

    def disk_usage(path):
        """Return disk usage statistics about the given path as a named
        tuple (total, used, free) in bytes."""
        st = os.statvfs(path)
        free = st.f_bavail * st.f_frsize
        total = st.f_blocks * st.f_frsize
        used = (st.f_blocks - st.f_bfree) * st.f_frsize
        return _ntuple_diskusage(total, used, free)

    __all__.append('disk_usage')


if hasattr(os, 'chown'):
    def chown(path, user=None, group=None):
        """Change the owner and/or group of path (numeric ids only: there is
        no pwd/grp module to look names up)."""
        _audit('shutil.chown', path, user, group)
        if user is None and group is None:
            raise ValueError("user and/or group must be set")
        for what, value in (('user', user), ('group', group)):
            if value is not None and not isinstance(value, int):
                raise LookupError("no such %s: %r" % (what, value))
        os.chown(path, -1 if user is None else user, -1 if group is None else group)

    __all__.append('chown')


# ---- terminal size --------------------------------------------------------------------------

_terminal_size = getattr(os, 'terminal_size', None)
if _terminal_size is None:
    class _terminal_size(tuple):
        """A tuple of (columns, lines), as os.terminal_size."""
        n_fields = n_sequence_fields = 2
        n_unnamed_fields = 0

        def __new__(cls, seq):
            seq = tuple(seq)
            if len(seq) != 2:
                raise TypeError("os.terminal_size() takes a 2-sequence (%d-sequence given)"
                                % len(seq))
            return tuple.__new__(cls, seq)

        @property
        def columns(self):
            return self[0]

        @property
        def lines(self):
            return self[1]

        def __repr__(self):
            return "os.terminal_size(columns=%r, lines=%r)" % (self[0], self[1])

        def __reduce__(self):
            return (type(self), (tuple(self),))

    _terminal_size.__name__ = 'terminal_size'
    _terminal_size.__qualname__ = 'terminal_size'
    _terminal_size.__module__ = 'os'


def get_terminal_size(fallback=(80, 24)):
    """Get the size of the terminal window: the COLUMNS and LINES environment
    variables if set to positive numbers, else the size of the terminal on
    sys.__stdout__, else fallback. Returns an os.terminal_size."""
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            size = _terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return _terminal_size((columns, lines))


# ---- which ------------------------------------------------------------------------------------

def _access_check(fn, mode):
    return os.path.exists(fn) and os.access(fn, mode) and not os.path.isdir(fn)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """Return the path of the executable cmd would run (searched in path,
    default $PATH), or None."""
    if os.path.dirname(cmd):
        if _access_check(cmd, mode):
            return cmd
        return None
    use_bytes = isinstance(cmd, bytes)
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    if use_bytes:
        path = os.fsencode(path).split(os.fsencode(os.pathsep))
    else:
        path = os.fsdecode(path).split(os.pathsep)
    seen = set()
    for dir_ in path:
        normdir = os.path.normcase(dir_)
        if normdir in seen:
            continue
        seen.add(normdir)
        name = os.path.join(dir_, cmd)
        if _access_check(name, mode):
            return name
    return None
