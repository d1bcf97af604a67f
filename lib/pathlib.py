"""Object-oriented filesystem paths.

PurePath and its flavours (PurePosixPath, PureWindowsPath) do pure path
arithmetic; Path and PosixPath add the operations that touch the file
system.  Behaviour follows CPython 3.11's pathlib.
"""

import fnmatch
import io
import os
import posixpath
import sys
from errno import ENOENT, ENOTDIR, EBADF, ELOOP
from stat import S_ISDIR, S_ISLNK, S_ISREG, S_ISSOCK, S_ISBLK, S_ISCHR, S_ISFIFO

__all__ = [
    "PurePath", "PurePosixPath", "PureWindowsPath",
    "Path", "PosixPath", "WindowsPath",
]

_IGNORED_ERRNOS = (ENOENT, ENOTDIR, EBADF, ELOOP)


def _ignore_error(exception):
    return getattr(exception, "errno", None) in _IGNORED_ERRNOS


def _is_wildcard_pattern(pat):
    return "*" in pat or "?" in pat or "[" in pat


# ---- flavours: how a path string splits into drive, root and parts ---------------------

class _PosixFlavour:
    sep = "/"
    altsep = ""
    has_drv = False
    is_supported = os.name != "nt"

    def splitroot(self, part):
        """(drive, root, rest) of one argument."""
        if part[:1] != "/":
            return "", "", part
        rest = part.lstrip("/")
        # Exactly two leading slashes are kept (POSIX leaves their meaning open).
        if len(part) - len(rest) == 2:
            return "", "//", rest
        return "", "/", rest

    def casefold(self, s):
        return s

    def casefold_parts(self, parts):
        return parts

    def compile_pattern(self, pattern):
        return lambda name: fnmatch.fnmatchcase(name, pattern)

    def is_reserved(self, parts):
        return False

    def make_uri(self, path):
        return "file://" + _quote(os.fsencode(str(path)))


class _WindowsFlavour:
    sep = "\\"
    altsep = "/"
    has_drv = True
    is_supported = os.name == "nt"

    _drive_letters = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    _ext_prefix = "\\\\?\\"
    _reserved = (
        {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} |
        {"COM%s" % c for c in "123456789\xb9\xb2\xb3"} |
        {"LPT%s" % c for c in "123456789\xb9\xb2\xb3"}
    )

    def splitroot(self, part):
        sep = self.sep
        prefix = ""
        if part.startswith(self._ext_prefix):
            prefix = part[:4]
            part = part[4:]
            if part[:4].upper() == "UNC\\":
                prefix += part[:3]
                part = "\\" + part[3:]
        first = part[0:1]
        second = part[1:2]
        third = part[2:3]
        if second == sep and first == sep and third != sep:
            # \\server\share\...: the drive is the server and share.
            index = part.find(sep, 2)
            if index != -1:
                index2 = part.find(sep, index + 1)
                if index2 != index + 1:
                    if index2 == -1:
                        index2 = len(part)
                    if prefix:
                        return prefix + part[1:index2], sep, part[index2 + 1:]
                    return part[:index2], sep, part[index2 + 1:]
        drv = root = ""
        if second == ":" and first in self._drive_letters:
            drv = part[:2]
            part = part[2:]
            first = third
        if first == sep:
            root = first
            part = part.lstrip(sep)
        return prefix + drv, root, part

    def casefold(self, s):
        return s.lower()

    def casefold_parts(self, parts):
        return [p.lower() for p in parts]

    def compile_pattern(self, pattern):
        pattern = pattern.lower()
        return lambda name: fnmatch.fnmatchcase(name.lower(), pattern)

    def is_reserved(self, parts):
        if not parts:
            return False
        if parts[0].startswith("\\\\"):
            return False
        name = parts[-1].partition(".")[0].partition(":")[0].rstrip(" ")
        return name.upper() in self._reserved

    def make_uri(self, path):
        drive = path.drive
        if len(drive) == 2 and drive[1] == ":":
            rest = path.as_posix()[2:].lstrip("/")
            return "file:///%s/%s" % (drive, _quote(rest.encode("utf-8")))
        return "file:" + _quote(path.as_posix().encode("utf-8"))


_posix_flavour = _PosixFlavour()
_windows_flavour = _WindowsFlavour()

_SAFE_URI = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                      b"0123456789_.-~/")


def _quote(data):
    """Percent-encodes bytes as urllib.parse.quote_from_bytes does (safe '/')."""
    out = []
    for b in data:
        if b in _SAFE_URI:
            out.append(chr(b))
        else:
            out.append("%%%02X" % b)
    return "".join(out)


def _fspath_str(a):
    if isinstance(a, str):
        return a
    if isinstance(a, PurePath):
        return None
    a = os.fspath(a)
    if isinstance(a, str):
        return a
    raise TypeError("argument should be a str object or an os.PathLike "
                    "object returning str, not %r" % (type(a),))


# ---- pure paths ----------------------------------------------------------------------

class _PathParents:
    """The logical ancestors of a path, as a sequence (path.parents)."""

    __slots__ = ("_pathcls", "_drv", "_root", "_parts")

    def __init__(self, path):
        self._pathcls = type(path)
        self._drv = path._drv
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        if self._drv or self._root:
            return len(self._parts) - 1
        return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        n = len(self)
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        return self._pathcls._from_parsed_parts(self._drv, self._root,
                                                self._parts[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __contains__(self, item):
        return any(item == p for p in self)

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


class PurePath:
    """Base class for manipulating paths without I/O.

    PurePath() gives a PurePosixPath or a PureWindowsPath depending on the
    system."""

    __slots__ = ("_drv", "_root", "_parts", "_str", "_hash", "_cached_cparts")
    _flavour = _windows_flavour if os.name == "nt" else _posix_flavour

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == "nt" else PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self._parts))

    @classmethod
    def _parse_args(cls, args, drv="", root="", rel=None):
        """(drive, root, relative parts) of args joined in turn onto the
        given start (a later absolute argument replaces what came before)."""
        flavour = cls._flavour
        rel = [] if rel is None else rel
        sep = flavour.sep
        altsep = flavour.altsep
        for a in args:
            if isinstance(a, PurePath):
                items = a._parts
            else:
                items = (_fspath_str(a),)
            for s in items:
                if not s:
                    continue
                if altsep:
                    s = s.replace(altsep, sep)
                d, r, rest = flavour.splitroot(s)
                if r:
                    if d or not flavour.has_drv:
                        drv = d
                    root = r
                    rel = []
                elif d:
                    drv, root, rel = d, "", []
                for x in rest.split(sep):
                    if x and x != ".":
                        rel.append(x)
        return drv, root, rel

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        drv, root, rel = cls._parse_args(args)
        self._init_parsed(drv, root, rel)
        return self

    @classmethod
    def _from_parsed_parts(cls, drv, root, parts):
        """A path from already-split parts (parts include the anchor)."""
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._parts = list(parts)
        return self

    def _init_parsed(self, drv, root, rel):
        self._drv = drv
        self._root = root
        if drv or root:
            self._parts = [drv + root] + rel
        else:
            self._parts = rel

    def _make_child(self, args):
        drv, root, rel = self._parse_args(args)
        if root:
            if not drv:
                drv = self._drv
        elif drv and self._flavour.casefold(drv) != self._flavour.casefold(self._drv):
            pass
        else:
            drv, root = self._drv, self._root
            rel = self._parts[1:] + rel if (drv or root) else self._parts + rel
        return self._from_parsed_parts(drv, root, [drv + root] + rel if (drv or root) else rel)

    def _format(self):
        sep = self._flavour.sep
        if self._drv or self._root:
            return self._drv + self._root + sep.join(self._parts[1:])
        return sep.join(self._parts) or "."

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            self._str = self._format()
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The string representation with forward slashes."""
        f = self._flavour
        return str(self).replace(f.sep, "/")

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """The path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return self._flavour.make_uri(self)

    @property
    def _cparts(self):
        try:
            return self._cached_cparts
        except AttributeError:
            self._cached_cparts = self._flavour.casefold_parts(self._parts)
            return self._cached_cparts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts == other._cparts and self._flavour is other._flavour

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(tuple(self._cparts))
            return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts >= other._cparts

    @property
    def drive(self):
        """The drive prefix (letter or UNC path), if any."""
        return self._drv

    @property
    def root(self):
        """The root, if any."""
        return self._root

    @property
    def anchor(self):
        """The concatenation of the drive and root, or ''."""
        return self._drv + self._root

    @property
    def name(self):
        """The final path component, if any."""
        parts = self._parts
        if len(parts) == (1 if (self._drv or self._root) else 0):
            return ""
        return parts[-1]

    @property
    def suffix(self):
        """The final component's last suffix, if any (including the dot)."""
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        """A list of the final component's suffixes, if any."""
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        """The final path component, minus its last suffix."""
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """A new path with the file name changed."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        f = self._flavour
        drv, root, rel = self._parse_args((name,))
        bad_end = not name or name[-1] == f.sep or bool(f.altsep) and name[-1] == f.altsep
        if bad_end or drv or root or len(rel) != 1:
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        """A new path with the stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """A new path with the file suffix changed; an empty suffix removes it."""
        f = self._flavour
        if f.sep in suffix or f.altsep and f.altsep in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith(".") or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        """The relative path to another path identified by the arguments.

        ValueError if this path is not under the other one."""
        if not other:
            raise TypeError("need at least one argument")
        parts = self._parts
        drv = self._drv
        root = self._root
        if root:
            abs_parts = [drv, root] + parts[1:]
        else:
            abs_parts = parts
        to_drv, to_root, to_rel = self._parse_args(other)
        if to_root:
            to_abs_parts = [to_drv, to_root] + to_rel
        elif to_drv:
            to_abs_parts = [to_drv] + to_rel
        else:
            to_abs_parts = to_rel
        n = len(to_abs_parts)
        cf = self._flavour.casefold_parts
        if (root or drv) if n == 0 else cf(abs_parts[:n]) != cf(to_abs_parts):
            formatted = self._format_parsed(to_drv, to_root, to_rel)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), str(formatted)))
        return self._from_parsed_parts("", root if n == 1 else "", abs_parts[n:])

    def _format_parsed(self, drv, root, rel):
        sep = self._flavour.sep
        if drv or root:
            return drv + root + sep.join(rel)
        return sep.join(rel)

    def is_relative_to(self, *other):
        """True if the path is relative to another path."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parts(self):
        """The path's components as a tuple."""
        return tuple(self._parts)

    def joinpath(self, *args):
        """Combine this path with the arguments (paths or strings)."""
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts([key] + self._parts)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        """The logical parent of the path."""
        drv = self._drv
        root = self._root
        parts = self._parts
        if len(parts) == 1 and (drv or root):
            return self
        if not parts:
            return self
        return self._from_parsed_parts(drv, root, parts[:-1])

    @property
    def parents(self):
        """A sequence of this path's logical parents."""
        return _PathParents(self)

    def is_absolute(self):
        """True if the path is absolute (has both a root and, if applicable,
        a drive)."""
        if not self._root:
            return False
        return not self._flavour.has_drv or bool(self._drv)

    def is_reserved(self):
        """True if the path contains one of the special names reserved by
        the system, if any."""
        return self._flavour.is_reserved(self._parts)

    def match(self, path_pattern):
        """True if this path matches the given pattern (from the right,
        unless the pattern is absolute)."""
        cf = self._flavour.casefold
        path_pattern = cf(path_pattern)
        drv, root, pat_parts = self._parse_args((path_pattern,))
        if not pat_parts and not (drv or root):
            raise ValueError("empty pattern")
        if drv and drv != cf(self._drv):
            return False
        if root and root != cf(self._root):
            return False
        parts = self._cparts
        if drv or root:
            if len(pat_parts) != len(parts) - 1:
                return False
            parts = parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    """PurePath for non-Windows systems: no drives, '/' separates parts."""
    _flavour = _posix_flavour
    __slots__ = ()


class PureWindowsPath(PurePath):
    """PurePath for Windows: drives and UNC shares, case-insensitive."""
    _flavour = _windows_flavour
    __slots__ = ()


# ---- concrete paths ------------------------------------------------------------------

class Path(PurePath):
    """A PurePath with file system operations.

    Path() gives a PosixPath or a WindowsPath depending on the system."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == "nt" else PosixPath
        self = cls._from_parts(args)
        if not self._flavour.is_supported:
            raise NotImplementedError("cannot instantiate %r on your system"
                                      % (cls.__name__,))
        return self

    def _make_child_relpath(self, part):
        return self._from_parsed_parts(self._drv, self._root, self._parts + [part])

    def __enter__(self):
        import warnings
        warnings.warn("pathlib.Path.__enter__() is deprecated and scheduled "
                      "for removal in Python 3.13; Path objects as a context "
                      "manager is a no-op",
                      DeprecationWarning, stacklevel=2)
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        """The current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory (as os.path.expanduser('~'))."""
        return cls("~").expanduser()

    def samefile(self, other_path):
        """Whether other_path is the same file as this one."""
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return posixpath.samestat(st, other_st)

    def iterdir(self):
        """Yield path objects of the directory contents ('.' and '..' left out)."""
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def _scandir(self):
        return os.scandir(self)

    def glob(self, pattern):
        """Iterate over this subtree and yield all existing files (of any
        kind, including directories) matching the given relative pattern."""
        sys.audit("pathlib.Path.glob", self, pattern)
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        drv, root, pattern_parts = self._parse_args((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1] in (self._flavour.sep, self._flavour.altsep or self._flavour.sep):
            pattern_parts.append("")
        selector = _make_selector(tuple(pattern_parts), self._flavour)
        for p in selector.select_from(self):
            yield p

    def rglob(self, pattern):
        """Like glob() with '**/' added in front of the pattern."""
        sys.audit("pathlib.Path.rglob", self, pattern)
        drv, root, pattern_parts = self._parse_args((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] in (self._flavour.sep, self._flavour.altsep or self._flavour.sep):
            pattern_parts.append("")
        selector = _make_selector(("**",) + tuple(pattern_parts), self._flavour)
        for p in selector.select_from(self):
            yield p

    def absolute(self):
        """An absolute version of this path (not normalized, symlinks kept)."""
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd()] + self._parts)

    def resolve(self, strict=False):
        """Make the path absolute, resolving all symlinks and normalizing
        it."""
        def check_eloop(e):
            if getattr(e, "errno", None) == ELOOP:
                raise RuntimeError("Symlink loop from %r" % e.filename)

        try:
            s = os.path.realpath(self, strict=strict)
        except OSError as e:
            check_eloop(e)
            raise
        p = self._from_parts((s,))
        if not strict:
            try:
                p.stat()
            except OSError as e:
                check_eloop(e)
        return p

    def stat(self, *, follow_symlinks=True):
        """The result of os.stat() on this path."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def owner(self):
        """The login name of the file owner."""
        try:
            import pwd
        except ImportError:
            raise NotImplementedError("Path.owner() is unsupported on this system")
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def group(self):
        """The group name of the file gid."""
        try:
            import grp
        except ImportError:
            raise NotImplementedError("Path.group() is unsupported on this system")
        return grp.getgrgid(self.stat().st_gid).gr_name

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file this path points to, as the built-in open() does."""
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """The binary contents of the file."""
        with self.open(mode="rb") as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """The decoded contents of the file as a string."""
        encoding = io.text_encoding(encoding)
        with self.open(mode="r", encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Open the file in bytes mode, write data to it, and close it."""
        view = memoryview(data)
        with self.open(mode="wb") as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Open the file in text mode, write data to it, and close it."""
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        encoding = io.text_encoding(encoding)
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        """The path the symbolic link points to."""
        if not hasattr(os, "readlink"):
            raise NotImplementedError("os.readlink() not available on this system")
        return self._from_parts((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        """Create this file with the given access mode, if it doesn't exist."""
        if exist_ok:
            # Only update the times if the file is there already.
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create a new directory at this given path."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            # FileExistsError, or another error with the directory there.
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the permissions of the path, like os.chmod()."""
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        """Like chmod(), except the mode of a symlink itself is changed."""
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove this file or link (a directory: use rmdir())."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Remove this directory, which must be empty."""
        os.rmdir(self)

    def lstat(self):
        """Like stat(), except a symbolic link's own status is returned."""
        return self.stat(follow_symlinks=False)

    def rename(self, target):
        """Rename this path to target and return the new Path."""
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        """Rename this path to target, overwriting it if it exists, and
        return the new Path."""
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symlink pointing to target."""
        if not hasattr(os, "symlink"):
            raise NotImplementedError("os.symlink() not available on this system")
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """Make this path a hard link pointing to the same file as target."""
        if not hasattr(os, "link"):
            raise NotImplementedError("os.link() not available on this system")
        os.link(target, self)

    def link_to(self, target):
        """Make the target path a hard link pointing to this path
        (deprecated; use hardlink_to())."""
        import warnings
        warnings.warn("pathlib.Path.link_to() is deprecated and is scheduled "
                      "for removal in Python 3.12. Use pathlib.Path.hardlink_to() "
                      "instead.", DeprecationWarning, stacklevel=2)
        self.__class__(target).hardlink_to(self)

    # Tests on the file's kind: False when it does not exist.
    def _mode_test(self, test, follow_symlinks=True):
        try:
            st = self.stat() if follow_symlinks else self.lstat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return test(st.st_mode)

    def exists(self):
        """Whether this path exists."""
        try:
            self.stat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return True

    def is_dir(self):
        """Whether this path is a directory."""
        return self._mode_test(S_ISDIR)

    def is_file(self):
        """Whether this path is a regular file (also True for symlinks
        pointing to regular files)."""
        return self._mode_test(S_ISREG)

    def is_mount(self):
        """Whether this path is a mount point."""
        return os.path.ismount(self)

    def is_symlink(self):
        """Whether this path is a symbolic link."""
        return self._mode_test(S_ISLNK, follow_symlinks=False)

    def is_block_device(self):
        """Whether this path is a block device."""
        return self._mode_test(S_ISBLK)

    def is_char_device(self):
        """Whether this path is a character device."""
        return self._mode_test(S_ISCHR)

    def is_fifo(self):
        """Whether this path is a FIFO."""
        return self._mode_test(S_ISFIFO)

    def is_socket(self):
        """Whether this path is a socket."""
        return self._mode_test(S_ISSOCK)

    def expanduser(self):
        """A new path with a leading ~ or ~user expanded (as
        os.path.expanduser does)."""
        if not (self._drv or self._root) and self._parts and self._parts[0][:1] == "~":
            homedir = os.path.expanduser(self._parts[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([homedir] + self._parts[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """Path for non-Windows systems."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Path for Windows systems (cannot be instantiated elsewhere)."""
    __slots__ = ()

    def is_mount(self):
        raise NotImplementedError("Path.is_mount() is unsupported on this system")


# ---- glob selectors ------------------------------------------------------------------

def _make_selector(pattern_parts, flavour):
    pat = pattern_parts[0]
    child_parts = pattern_parts[1:]
    if not pat:
        return _TerminatingSelector()
    if pat == "**":
        cls = _RecursiveWildcardSelector
    elif "**" in pat:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    elif _is_wildcard_pattern(pat):
        cls = _WildcardSelector
    else:
        cls = _PreciseSelector
    return cls(pat, child_parts, flavour)


class _Selector:
    """One pattern component; successor handles the remaining ones."""

    def __init__(self, child_parts, flavour):
        self.child_parts = child_parts
        if child_parts:
            self.successor = _make_selector(child_parts, flavour)
            self.dironly = True
        else:
            self.successor = _TerminatingSelector()
            self.dironly = False

    def select_from(self, parent_path):
        """The paths under parent_path that match the pattern."""
        if not parent_path.is_dir():
            return iter([])
        return self._select_from(parent_path)


class _TerminatingSelector:

    def _select_from(self, parent_path):
        yield parent_path

    def select_from(self, parent_path):
        return self._select_from(parent_path)


class _PreciseSelector(_Selector):

    def __init__(self, name, child_parts, flavour):
        self.name = name
        _Selector.__init__(self, child_parts, flavour)

    def _select_from(self, parent_path):
        try:
            path = parent_path._make_child_relpath(self.name)
            found = path.is_dir() if self.dironly else path.exists()
            if found:
                for p in self.successor._select_from(path):
                    yield p
        except PermissionError:
            return


class _WildcardSelector(_Selector):

    def __init__(self, pat, child_parts, flavour):
        self.match = flavour.compile_pattern(pat)
        _Selector.__init__(self, child_parts, flavour)

    def _select_from(self, parent_path):
        try:
            with parent_path._scandir() as it:
                entries = list(it)
            for entry in entries:
                if self.dironly:
                    try:
                        if not entry.is_dir():
                            continue
                    except OSError as e:
                        if not _ignore_error(e):
                            raise
                        continue
                name = entry.name
                if self.match(name):
                    path = parent_path._make_child_relpath(name)
                    for p in self.successor._select_from(path):
                        yield p
        except PermissionError:
            return


class _RecursiveWildcardSelector(_Selector):

    def __init__(self, pat, child_parts, flavour):
        _Selector.__init__(self, child_parts, flavour)

    def _iterate_directories(self, parent_path):
        yield parent_path
        try:
            with parent_path._scandir() as it:
                entries = list(it)
            for entry in entries:
                entry_is_dir = False
                try:
                    entry_is_dir = entry.is_dir()
                except OSError as e:
                    if not _ignore_error(e):
                        raise
                if entry_is_dir and not entry.is_symlink():
                    path = parent_path._make_child_relpath(entry.name)
                    for p in self._iterate_directories(path):
                        yield p
        except PermissionError:
            return

    def _select_from(self, parent_path):
        try:
            yielded = set()
            try:
                successor_select = self.successor._select_from
                for starting_point in self._iterate_directories(parent_path):
                    for p in successor_select(starting_point):
                        if p not in yielded:
                            yield p
                            yielded.add(p)
            finally:
                yielded.clear()
        except PermissionError:
            return
