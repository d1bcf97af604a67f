"""Baton's import machinery objects: module specs, finders and loaders.

The `import` statement itself is native (crates/baton-vm/src/import.rs) and
does not consult sys.meta_path.  This module describes the native search with
the finders CPython uses (BuiltinImporter and PathFinder, both over
_imp._find, which searches exactly as the VM does), puts them on
sys.meta_path, and implements importlib's own import (import_module,
find_spec, reload) over sys.meta_path: a module a finder of ours finds is
imported by the VM (so it is the same module object `import` gives), one
another finder finds is loaded from its spec here.
"""

import sys
import _imp
import _thread

_NEEDS_LOADING = object()
_POPULATE = _NEEDS_LOADING


def _new_module(name):
    return type(sys)(name)


# -- specs -------------------------------------------------------------------

class ModuleSpec:
    """The specification for a module, used for loading."""

    def __init__(self, name, loader, *, origin=None, loader_state=None,
                 is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = [f"name={self.name!r}", f"loader={self.loader!r}"]
        if self.origin is not None:
            args.append(f"origin={self.origin!r}")
        if self.submodule_search_locations is not None:
            args.append(f"submodule_search_locations={self.submodule_search_locations}")
        return f"{self.__class__.__name__}({', '.join(args)})"

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader
                    and self.origin == other.origin
                    and smsl == other.submodule_search_locations
                    and self.cached == other.cached
                    and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        # Baton writes no bytecode cache (sys.implementation.cache_tag is
        # None), so a spec has a cached path only when one is assigned.
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The name of the module's parent."""
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


# -- finders and loaders for what the VM itself imports ----------------------

class BuiltinImporter:
    """Meta path import for built-in (native) modules."""

    _ORIGIN = "built-in"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None or not _imp.is_builtin(fullname):
            return None
        return ModuleSpec(fullname, cls, origin=cls._ORIGIN)

    @staticmethod
    def create_module(spec):
        if not _imp.is_builtin(spec.name):
            raise ImportError(f"no built-in module named {spec.name}", name=spec.name)
        module = sys.modules.get(spec.name)
        if module is None:
            module = __import__(spec.name)
        return module

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None


class FrozenImporter(BuiltinImporter):
    """Baton has no frozen modules: this finder finds nothing."""

    _ORIGIN = "frozen"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None


class PathFinder:
    """Meta path finder for sys.path and package __path__ entries."""

    @staticmethod
    def invalidate_caches():
        # The native search reads the file system every time: nothing cached.
        pass

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None:
            path = sys.path
        found = _imp._find(fullname, list(path))
        if found is None:
            return None
        kind, origin, pkgdir = found
        spec = ModuleSpec(fullname, SourceFileLoader(fullname, origin), origin=origin)
        spec._set_fileattr = True
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


# The finders whose specs the VM's own import loads (see _load).
_NATIVE_FINDERS = (BuiltinImporter, FrozenImporter, PathFinder)


class _LoaderBasics:
    """exec_module() and is_package() over get_code() and get_filename()."""

    def is_package(self, fullname):
        filename = self.get_filename(fullname).rpartition("/")[2]
        return filename.rsplit(".", 1)[0] == "__init__"

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f"cannot load module {module.__name__!r} "
                              "when get_code() returns None")
        exec(code, module.__dict__)

    def load_module(self, fullname):
        return _load_module_shim(self, fullname)


class FileLoader:
    """Base loader for modules read from a file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__
                and self.__dict__ == other.__dict__)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def _check_name(self, name):
        if name is None:
            return self.name
        if name != self.name:
            raise ImportError(f"loader for {self.name} cannot handle {name}", name=name)
        return name

    def get_filename(self, name=None):
        self._check_name(name)
        return self.path

    def get_data(self, path):
        if path.startswith("<baton>/"):
            return _imp._source(path).encode("utf-8")
        with open(path, "rb") as f:
            return f.read()

    def load_module(self, fullname=None):
        return _load_module_shim(self, self._check_name(fullname))


class SourceLoader(_LoaderBasics):
    def path_mtime(self, path):
        raise OSError

    def path_stats(self, path):
        return {"mtime": self.path_mtime(path)}

    def source_to_code(self, data, path="<string>"):
        return compile(data, path, "exec", dont_inherit=True)

    def get_source(self, fullname):
        path = self.get_filename(fullname)
        try:
            data = self.get_data(path)
        except OSError as exc:
            raise ImportError("source not available through get_data()",
                              name=fullname) from exc
        if isinstance(data, bytes):
            data = data.decode("utf-8")
        return data.replace("\r\n", "\n").replace("\r", "\n")

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_source(fullname), path)


class SourceFileLoader(FileLoader, SourceLoader):
    """Loads a module from Python source (on disk or in Baton's lib/)."""

    def path_stats(self, path):
        import os
        st = os.stat(path)
        return {"mtime": st.st_mtime, "size": st.st_size}


class SourcelessFileLoader(FileLoader, _LoaderBasics):
    """Baton does not load bytecode files."""

    def get_code(self, fullname):
        raise ImportError("Baton cannot load bytecode (.pyc) files", name=fullname)

    def get_source(self, fullname):
        return None


class ExtensionFileLoader(FileLoader, _LoaderBasics):
    """Baton does not load C extension modules."""

    def create_module(self, spec):
        raise ImportError("Baton cannot load C extension modules", name=spec.name)

    def get_code(self, fullname):
        return None

    def get_source(self, fullname):
        return None


class NamespaceLoader:
    """The loader of a namespace package (a spec with no loader but with
    submodule search locations)."""

    def __init__(self, name, path, path_finder):
        self._path = path

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ""

    def get_code(self, fullname):
        return compile("", "<namespace package>", "exec", dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass

    def load_module(self, fullname):
        return _load_module_shim(self, fullname)


# -- specs from loaders and files; modules from specs ------------------------

def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for module `name` loaded by `loader`: located at the loader's
    get_filename() when it has one (and no origin is given), a package if
    is_package says so or the loader's is_package() does."""
    if origin is None:
        origin = getattr(loader, "_ORIGIN", None)
    if not origin and hasattr(loader, "get_filename"):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader,
                                       submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, "is_package"):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    """A spec for module `name` at file `location`, loaded by `loader` (by
    default a SourceFileLoader, for a .py file; None for any other file).
    A package's submodule search locations are the file's directory unless
    given."""
    if location is None:
        location = "<unknown>"
        if hasattr(loader, "get_filename"):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        import os
        location = os.fspath(location)
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if loader is None:
        if not str(location).endswith(".py"):
            return None
        loader = SourceFileLoader(name, location)
        spec.loader = loader
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, "is_package"):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                pass
            else:
                if is_package:
                    spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            spec.submodule_search_locations.append(location.rpartition("/")[0])
    return spec


def module_from_spec(spec):
    """A new module for `spec` (made by its loader's create_module() or
    else a plain module) with its import attributes set, not executed."""
    module = None
    if hasattr(spec.loader, "create_module"):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, "exec_module"):
        raise ImportError("loaders that define exec_module() must also define create_module()")
    if module is None:
        module = _new_module(spec.name)
    _init_module_attrs(spec, module)
    return module


def _init_module_attrs(spec, module, override=False):
    def unset(attr):
        return override or getattr(module, attr, None) is None

    if unset("__name__"):
        module.__name__ = spec.name
    if unset("__loader__"):
        loader = spec.loader
        if loader is None and spec.submodule_search_locations is not None:
            loader = NamespaceLoader(spec.name, spec.submodule_search_locations, PathFinder)
            spec.loader = loader
            # A namespace package has no file; CPython gives it __file__ None.
            module.__file__ = None
        module.__loader__ = loader
    if unset("__package__"):
        module.__package__ = spec.parent
    module.__spec__ = spec
    if unset("__path__"):
        if spec.submodule_search_locations is not None:
            module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        if unset("__file__"):
            module.__file__ = spec.origin
        if unset("__cached__") and spec.cached is not None:
            module.__cached__ = spec.cached
    return module


def _load_module_shim(loader, fullname):
    """The deprecated load_module(): load (or reload) fullname with loader."""
    spec = spec_from_loader(fullname, loader)
    module = sys.modules.get(fullname)
    if module is not None:
        _exec(spec, module)
        return sys.modules[fullname]
    return _load(spec)


def _spec_of_loaded(module, name, shown=None):
    """The spec of `module`, in sys.modules as `name` (`shown` is the name
    as the caller gave it, for messages).  The VM's own import leaves
    __spec__ None; for a module it loaded (one with a __file__, or a
    built-in one) a spec is made from __file__ and __path__.  __main__ is
    not loaded by the import system and has no spec, as in CPython for a
    script or -c."""
    shown = name if shown is None else shown
    try:
        spec = module.__spec__
    except AttributeError:
        raise ValueError(f"{shown}.__spec__ is not set") from None
    if spec is not None:
        return spec
    file = None if name == "__main__" else getattr(module, "__file__", None)
    if file is not None:
        spec = ModuleSpec(name, SourceFileLoader(name, file), origin=file)
        spec._set_fileattr = True
        path = getattr(module, "__path__", None)
        if path is not None:
            spec.submodule_search_locations = list(path)
        return spec
    if name != "__main__" and _imp.is_builtin(name):
        return ModuleSpec(name, BuiltinImporter, origin=BuiltinImporter._ORIGIN)
    raise ValueError(f"{shown}.__spec__ is None")


# -- importing through sys.meta_path ----------------------------------------

def _ensure_native_finders():
    """Describe the VM's own search on sys.meta_path, where CPython has its
    finders from start-up (the VM leaves the list empty)."""
    meta_path = sys.meta_path
    if isinstance(meta_path, list) and not any(f in meta_path for f in _NATIVE_FINDERS):
        meta_path[0:0] = [BuiltinImporter, FrozenImporter, PathFinder]


def _find_spec_legacy(finder, name, path):
    import warnings
    warnings.warn(f"{type(finder).__name__}.find_spec() not found; "
                  "falling back to find_module()", ImportWarning)
    loader = finder.find_module(name, path)
    if loader is None:
        return None
    return spec_from_loader(name, loader)


def _find_spec_with_finder(name, path, target=None):
    """(spec, finder) from the first finder on sys.meta_path that finds
    `name` (searching `path`, the parent's __path__, or sys.path if None);
    (None, None) if none does."""
    meta_path = sys.meta_path
    if meta_path is None:
        raise ImportError("sys.meta_path is None, Python is likely shutting down")
    if not meta_path:
        import warnings
        warnings.warn("sys.meta_path is empty", ImportWarning)
    is_reload = name in sys.modules
    for finder in list(meta_path):
        try:
            find_spec = finder.find_spec
        except AttributeError:
            if not hasattr(finder, "find_module"):
                continue
            spec = _find_spec_legacy(finder, name, path)
        else:
            spec = find_spec(name, path, target)
        if spec is None:
            continue
        if not is_reload and name in sys.modules:
            # Finding it imported it (e.g. as a side effect of its parent).
            loaded = getattr(sys.modules[name], "__spec__", None)
            if loaded is not None:
                return loaded, None
        return spec, finder
    return None, None


def _find_spec(name, path, target=None):
    return _find_spec_with_finder(name, path, target)[0]


# Names importlib is importing, each with the thread doing it and a lock
# that thread holds meanwhile; and the name each waiting thread waits for.
# Another thread importing the same name waits for the lock rather than see
# a half-initialised module, unless waiting would close a cycle of threads
# waiting on each other (then, as for a circular import in one thread, it
# gets the module as it is).
_importing = {}
_waiting = {}
_importing_guard = _thread.allocate_lock()


def _waits_on_me(owner, me):
    seen = set()
    while owner != me:
        if owner in seen:
            return False
        seen.add(owner)
        name = _waiting.get(owner)
        if name is None or name not in _importing:
            return False
        owner = _importing[name][0]
    return True


def _claim(name):
    """Wait until no other thread is importing `name`; then, if it is still
    not in sys.modules, mark it as ours and return the lock to release when
    done (None if there is nothing to do)."""
    me = _thread.get_ident()
    while True:
        with _importing_guard:
            entry = _importing.get(name)
            if entry is None:
                if name in sys.modules:
                    return None
                lock = _thread.allocate_lock()
                lock.acquire()
                _importing[name] = (me, lock)
                return lock
            if _waits_on_me(entry[0], me):
                return None
            _waiting[me] = name
        try:
            entry[1].acquire()
            entry[1].release()
        finally:
            with _importing_guard:
                _waiting.pop(me, None)


def _unclaim(name, lock):
    with _importing_guard:
        del _importing[name]
    lock.release()


def _load(spec):
    """Create, register in sys.modules and execute the module `spec`
    describes; return what sys.modules then holds for it."""
    name = spec.name
    if spec.loader is not None and not hasattr(spec.loader, "exec_module"):
        # A loader with only the old load_module() protocol.
        module = spec.loader.load_module(name)
        module = sys.modules.get(name, module)
        if getattr(module, "__spec__", None) is None:
            try:
                module.__spec__ = spec
            except AttributeError:
                pass
        return module
    module = module_from_spec(spec)
    sys.modules[name] = module
    try:
        if spec.loader is None:
            if spec.submodule_search_locations is None:
                raise ImportError("missing loader", name=name)
        else:
            spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(name, None)
        raise
    # The module may have replaced itself in sys.modules; keep it last.
    module = sys.modules.pop(name)
    sys.modules[name] = module
    return module


def _exec(spec, module):
    """Execute spec's module again in the existing module's namespace."""
    name = spec.name
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name!r} not in sys.modules", name=name)
    try:
        if spec.loader is None:
            if spec.submodule_search_locations is None:
                raise ImportError("missing loader", name=name)
            _init_module_attrs(spec, module, override=True)
        else:
            _init_module_attrs(spec, module, override=True)
            if not hasattr(spec.loader, "exec_module"):
                spec.loader.load_module(name)
            else:
                spec.loader.exec_module(module)
    finally:
        module = sys.modules.pop(name)
        sys.modules[name] = module
    return module


def _find_and_load_unlocked(name):
    path = None
    parent, _, child = name.rpartition(".")
    parent_module = None
    if parent:
        if parent not in sys.modules:
            _find_and_load(parent)
        if name in sys.modules:
            # Importing the parent imported this module too.
            return sys.modules[name]
        parent_module = sys.modules[parent]
        try:
            path = parent_module.__path__
        except AttributeError:
            raise ModuleNotFoundError(f"No module named {name!r}; {parent!r} is not a package",
                                      name=name) from None
    spec, finder = _find_spec_with_finder(name, path)
    if spec is None:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    if name in sys.modules:
        # Finding it imported it.
        return sys.modules[name]
    if finder in _NATIVE_FINDERS:
        # The VM's own import finds and loads the same file or built-in
        # module, and binds it on its parent.
        __import__(name)
        return sys.modules[name]
    module = _load(spec)
    if parent_module is not None:
        try:
            setattr(parent_module, child, module)
        except AttributeError:
            pass
    return module


def _find_and_load(name):
    module = sys.modules.get(name, _NEEDS_LOADING)
    if module is _NEEDS_LOADING or name in _importing:
        lock = _claim(name)
        if lock is not None:
            try:
                module = _find_and_load_unlocked(name)
            finally:
                _unclaim(name, lock)
        else:
            module = sys.modules.get(name, _NEEDS_LOADING)
            if module is _NEEDS_LOADING:
                raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    if module is None:
        raise ModuleNotFoundError(f"import of {name} halted; None in sys.modules", name=name)
    return module


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return f"{base}.{name}" if name else base


def _sanity_check(name, package, level):
    if not isinstance(name, str):
        raise TypeError(f"module name must be str, not {type(name)}")
    if level < 0:
        raise ValueError("level must be >= 0")
    if level > 0:
        if not isinstance(package, str):
            raise TypeError("__package__ not set to a string")
        elif not package:
            raise ImportError("attempted relative import with no known parent package")
    if not name and level == 0:
        raise ValueError("Empty module name")


def _gcd_import(name, package=None, level=0):
    """Import and return the module `name` (relative to `package` when
    level > 0), whatever its parents' __init__ files import."""
    _sanity_check(name, package, level)
    if level > 0:
        name = _resolve_name(name, package, level)
    return _find_and_load(name)


_ensure_native_finders()
