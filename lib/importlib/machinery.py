"""The implementation of the import machinery's objects."""

from ._bootstrap import (
    BuiltinImporter, ExtensionFileLoader, FileLoader, FrozenImporter,
    ModuleSpec, SourceFileLoader, SourcelessFileLoader, _find_spec,
)

SOURCE_SUFFIXES = [".py"]
DEBUG_BYTECODE_SUFFIXES = [".pyc"]
OPTIMIZED_BYTECODE_SUFFIXES = [".pyc"]
BYTECODE_SUFFIXES = [".pyc"]
EXTENSION_SUFFIXES = []


def all_suffixes():
    """Returns a list of all recognized module suffixes for this process"""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class PathFinder:
    """Finder for sys.path and package __path__ entries."""

    @staticmethod
    def invalidate_caches():
        pass

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import _imp
        import sys
        found = _imp._find(fullname, sys.path if path is None else path)
        if found is None:
            return None
        kind, origin, pkgdir = found
        spec = ModuleSpec(fullname, SourceFileLoader(fullname, origin), origin=origin)
        spec.has_location = True
        if pkgdir is not None:
            spec.submodule_search_locations = [pkgdir]
        return spec


class FileFinder:
    """File-based finder for one directory."""

    def __init__(self, path, *loader_details):
        self.path = path or "."

    def invalidate_caches(self):
        pass

    def find_spec(self, fullname, target=None):
        return PathFinder.find_spec(fullname, [self.path])

    def __repr__(self):
        return f"FileFinder({self.path!r})"
