"""Helpers for finders, loaders and code that loads modules itself."""

import sys

from ._bootstrap import (
    _find_spec, _gcd_import, _resolve_name, _spec_of_loaded,
    module_from_spec, spec_from_file_location, spec_from_loader,
)

__all__ = ["find_spec", "module_from_spec", "resolve_name",
           "spec_from_file_location", "spec_from_loader", "cache_from_source",
           "source_from_cache", "decode_source", "MAGIC_NUMBER"]

# CPython 3.11's bytecode magic; Baton reads and writes no .pyc files.
MAGIC_NUMBER = (3495).to_bytes(2, "little") + b"\r\n"


def resolve_name(name, package):
    """The absolute name for `name`, which may be relative (leading dots)
    to the package named `package`."""
    if not name.startswith("."):
        return name
    if not package:
        raise ImportError(f"no package specified for {name!r} "
                          "(required for relative module names)")
    dots = len(name) - len(name.lstrip("."))
    return _resolve_name(name[dots:], package, dots)


def find_spec(name, package=None):
    """The spec of module `name` (relative names are resolved against
    `package`): the __spec__ of the module when it is in sys.modules,
    otherwise what the finders on sys.meta_path find (the parent package is
    imported first, for its __path__), or None when nothing finds it."""
    fullname = resolve_name(name, package) if name.startswith(".") else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        return _spec_of_loaded(module, fullname, name)
    parent_name = fullname.rpartition(".")[0]
    parent_path = None
    if parent_name:
        parent = _gcd_import(parent_name)
        try:
            parent_path = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent_name!r} "
                f"while trying to find {fullname!r}", name=fullname) from e
    return _find_spec(fullname, parent_path)


def decode_source(source_bytes):
    """The text of Python source given as bytes (UTF-8), with universal
    newlines."""
    return source_bytes.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def cache_from_source(path, debug_override=None, *, optimization=None):
    # Baton has no bytecode cache: sys.implementation.cache_tag is None, for
    # which CPython raises the same.
    raise NotImplementedError("sys.implementation.cache_tag is None")


def source_from_cache(path):
    raise NotImplementedError("sys.implementation.cache_tag is None")
