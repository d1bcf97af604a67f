"""importlib: the import system's interface, in Python, over Baton's native
import (see _bootstrap for how the two meet)."""

__all__ = ["__import__", "import_module", "invalidate_caches", "reload"]

import sys

from . import _bootstrap
from ._bootstrap import _gcd_import, _resolve_name

__import__ = __import__


def invalidate_caches():
    """Tell every finder on sys.meta_path that has an invalidate_caches()
    method to drop what it cached (so new files are seen)."""
    for finder in sys.meta_path:
        if hasattr(finder, "invalidate_caches"):
            finder.invalidate_caches()


def import_module(name, package=None):
    """Import the module `name` and return it (the module itself, not its
    top-level package).  A name with leading dots is relative to the
    package named by `package`, which it then requires."""
    level = len(name) - len(name.lstrip(".")) if name.startswith(".") else 0
    if level and not package:
        raise TypeError("the 'package' argument is required to perform a relative "
                        f"import for {name!r}")
    return _gcd_import(name[level:], package, level)


# Modules being reloaded, so that a module reloading itself while it is
# re-executed gets the module back instead of recursing.
_RELOADING = {}


def _name_of(module):
    spec = getattr(module, "__spec__", None)
    name = getattr(spec, "name", None) if spec is not None else None
    if name is None:
        if not hasattr(module, "__name__"):
            raise TypeError("reload() argument must be a module")
        name = module.__name__
    return name


def _package_path(name):
    """The __path__ a submodule `name` is searched in (None: sys.path)."""
    parent = name.rpartition(".")[0]
    if not parent:
        return None
    if parent not in sys.modules:
        raise ImportError(f"parent {parent!r} not in sys.modules", name=parent)
    return sys.modules[parent].__path__


def reload(module):
    """Execute an imported module's source again, in its own namespace (so
    names it no longer defines stay), and return the module sys.modules
    then holds."""
    name = _name_of(module)
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        spec = _bootstrap._find_spec(name, _package_path(name), module)
        module.__spec__ = spec
        if spec is None:
            raise ModuleNotFoundError(f"spec not found for the module {name!r}", name=name)
        _bootstrap._exec(spec, module)
        return sys.modules[name]
    finally:
        _RELOADING.pop(name, None)
