"""The import machinery's finders, loaders and module specs."""

from ._bootstrap import (
    BuiltinImporter, ExtensionFileLoader, FileFinder, FileLoader, FrozenImporter,
    ModuleSpec, NamespaceLoader, PathFinder, SourceFileLoader,
    SourcelessFileLoader,
)

SOURCE_SUFFIXES = [".py"]
DEBUG_BYTECODE_SUFFIXES = [".pyc"]
OPTIMIZED_BYTECODE_SUFFIXES = [".pyc"]
BYTECODE_SUFFIXES = [".pyc"]
EXTENSION_SUFFIXES = []


def all_suffixes():
    """Every file suffix a module can have here."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
