"""Abstract base classes related to import."""

import abc

from . import _bootstrap as _b

__all__ = ["Loader", "MetaPathFinder", "PathEntryFinder", "ResourceLoader",
           "InspectLoader", "ExecutionLoader", "FileLoader", "SourceLoader"]


class Loader(metaclass=abc.ABCMeta):
    """Abstract base class for import loaders."""

    def create_module(self, spec):
        """Return a module to initialize and into which to load.

        Returning None lets the import machinery create the module."""
        return None

    def load_module(self, fullname):
        """Load (or reload) the module `fullname` and return it: the
        deprecated protocol, done through exec_module() when there is one."""
        if not hasattr(self, "exec_module"):
            raise ImportError
        return _b._load_module_shim(self, fullname)

    def module_repr(self, module):
        raise NotImplementedError


class MetaPathFinder(metaclass=abc.ABCMeta):
    """Abstract base class for import finders on sys.meta_path."""

    def invalidate_caches(self):
        """An optional method for clearing the finder's cache, if any."""


class PathEntryFinder(metaclass=abc.ABCMeta):
    """Abstract base class for path entry finders used by PathFinder."""

    def invalidate_caches(self):
        """An optional method for clearing the finder's cache, if any."""


class ResourceLoader(Loader):
    """A loader that can return the bytes of a file by its path."""

    @abc.abstractmethod
    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    """A loader that can give a module's source and code object."""

    def is_package(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        return self.source_to_code(source)

    @abc.abstractmethod
    def get_source(self, fullname):
        raise ImportError

    @staticmethod
    def source_to_code(data, path="<string>"):
        return compile(data, path, "exec", dont_inherit=True)

    exec_module = _b._LoaderBasics.exec_module
    load_module = _b._LoaderBasics.load_module


class ExecutionLoader(InspectLoader):
    """An InspectLoader that knows the file its module comes from."""

    @abc.abstractmethod
    def get_filename(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        try:
            path = self.get_filename(fullname)
        except ImportError:
            return self.source_to_code(source)
        return self.source_to_code(source, path)


class FileLoader(_b.FileLoader, ResourceLoader, ExecutionLoader):
    """A loader for one file: get_data() and get_filename() given, the
    source still to be supplied."""


class SourceLoader(_b.SourceLoader, ResourceLoader, ExecutionLoader):
    """A loader of Python source over get_data() and get_filename()."""


_b_finders = (_b.BuiltinImporter, _b.FrozenImporter, _b.PathFinder)
for _cls in _b_finders:
    MetaPathFinder.register(_cls)
PathEntryFinder.register(_b.FileFinder)
for _cls in (_b.BuiltinImporter, _b.FrozenImporter, _b.NamespaceLoader):
    InspectLoader.register(_cls)
ExecutionLoader.register(_b.ExtensionFileLoader)
for _cls in (_b.SourceFileLoader, _b.SourcelessFileLoader, _b.ExtensionFileLoader):
    FileLoader.register(_cls)
SourceLoader.register(_b.SourceFileLoader)
del _cls, _b_finders
