"""Cache of source lines, read from files on demand (used by warnings and traceback)."""

import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname)
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache ('' if there is none)."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache, reading it if needed."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries that are out of date (Baton cannot stat: drops them all)."""
    if filename is None:
        cache.clear()
    else:
        cache.pop(filename, None)


def updatecache(filename, module_globals=None):
    """Read the file's lines into the cache and return them ([] if it cannot be read)."""
    cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    fullname = filename
    data = None
    try:
        with open(fullname, "rb") as f:
            data = f.read()
    except (OSError, ValueError):
        if not filename.startswith("/"):
            for dirname in sys.path:
                if not isinstance(dirname, str) or dirname.startswith("<"):
                    continue
                fullname = (dirname or ".") + "/" + filename
                try:
                    with open(fullname, "rb") as f:
                        data = f.read()
                    break
                except (OSError, ValueError):
                    continue
    if data is None:
        return []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    cache[filename] = (len(data), None, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Baton has no module loaders with get_source(): nothing to register lazily."""
    return False
