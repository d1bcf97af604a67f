"""Utility code for constructing importers, etc."""

import sys

from ._bootstrap import (
    _POPULATE, _find_spec, _resolve_name, _spec_of_loaded,
    module_from_spec, spec_from_file_location, spec_from_loader,
)
from .abc import Loader

__all__ = ["find_spec", "module_from_spec", "resolve_name",
           "spec_from_file_location", "spec_from_loader", "cache_from_source",
           "source_from_cache", "decode_source", "MAGIC_NUMBER", "LazyLoader"]

MAGIC_NUMBER = (3495).to_bytes(2, "little") + b"\r\n"


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith("."):
        return name
    elif not package:
        raise ImportError(f"no package specified for {repr(name)} "
                          "(required for relative module names)")
    level = 0
    for character in name:
        if character != ".":
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    """Return the spec for the specified module.

    First, sys.modules is checked to see if the module was already imported.
    If so, then sys.modules[name].__spec__ is returned. If that happens to be
    set to None, then ValueError is raised. If the module is not in
    sys.modules, then the import machinery is searched for a suitable spec
    with the value of 'path' given to the finders. None is returned if no
    spec could be found.

    If the name is for submodule (contains a dot), the parent module is
    automatically imported.
    """
    fullname = resolve_name(name, package) if name.startswith(".") else name
    if fullname not in sys.modules:
        parent_name = fullname.rpartition(".")[0]
        if parent_name:
            parent = __import__(parent_name, fromlist=["__path__"])
            try:
                parent_path = parent.__path__
            except AttributeError as e:
                raise ModuleNotFoundError(
                    f"__path__ attribute not found on {parent_name!r} "
                    f"while trying to find {fullname!r}", name=fullname) from e
        else:
            parent_path = None
        return _find_spec(fullname, parent_path)
    module = sys.modules[fullname]
    if module is None:
        return None
    return _spec_of_loaded(module, name)


def decode_source(source_bytes):
    """Decode bytes representing source code and return the string."""
    return source_bytes.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def cache_from_source(path, debug_override=None, *, optimization=None):
    raise NotImplementedError("sys.implementation.cache_tag is None")


def source_from_cache(path):
    raise NotImplementedError("sys.implementation.cache_tag is None")


class LazyLoader(Loader):
    """Baton loads eagerly: a LazyLoader runs its loader's exec_module at once."""

    def __init__(self, loader):
        self.loader = loader

    @classmethod
    def factory(cls, loader):
        return lambda *args, **kwargs: cls(loader(*args, **kwargs))

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        self.loader.exec_module(module)
