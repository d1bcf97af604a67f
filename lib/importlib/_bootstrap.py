"""Baton's import machinery objects: module specs and loaders.

The `import` statement itself is native (crates/baton-vm/src/import.rs);
this module gives importlib the same view of where modules come from
(_imp._find) and lets it load modules from source as the VM does.
"""

import sys
import _imp

_POPULATE = object()


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


class BuiltinImporter:
    """Meta path import for built-in (native) modules."""

    _ORIGIN = "built-in"

    def __init__(self, *args, **kwargs):
        pass

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None or not _imp.is_builtin(fullname):
            return None
        return ModuleSpec(fullname, cls, origin=cls._ORIGIN)

    @staticmethod
    def create_module(spec):
        if not _imp.is_builtin(spec.name):
            raise ImportError(f"{spec.name!r} is not a built-in module", name=spec.name)
        if spec.name in sys.modules:
            return sys.modules[spec.name]
        return __import__(spec.name)

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
    """Baton has no frozen modules; kept for the name."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None


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

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        if path.startswith("<baton>/"):
            return _imp._source(path).encode("utf-8")
        with open(path, "rb") as f:
            return f.read()

    def is_package(self, fullname):
        filename = self.get_filename(fullname).rpartition("/")[2]
        return filename.rsplit(".", 1)[0] == "__init__"

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f"cannot load module {module.__name__!r} when get_code() returns None")
        exec(code, module.__dict__)

    def load_module(self, fullname=None):
        fullname = fullname or self.name
        spec = spec_from_file_location(fullname, self.path, loader=self)
        module = module_from_spec(spec)
        sys.modules[fullname] = module
        try:
            self.exec_module(module)
        except BaseException:
            sys.modules.pop(fullname, None)
            raise
        return sys.modules[fullname]


class SourceLoader:
    def path_stats(self, path):
        import os
        st = os.stat(path)
        return {"mtime": st.st_mtime, "size": st.st_size}

    def source_to_code(self, data, path="<string>"):
        return compile(data, path, "exec", dont_inherit=True)

    def get_source(self, fullname):
        path = self.get_filename(fullname)
        try:
            data = self.get_data(path)
        except OSError as exc:
            raise ImportError("source not available through get_data()", name=fullname) from exc
        return data.decode("utf-8") if isinstance(data, bytes) else data

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_source(fullname), path)


class SourceFileLoader(FileLoader, SourceLoader):
    """Loads a module from Python source (on disk or in Baton's lib/)."""


class SourcelessFileLoader(FileLoader):
    """Baton does not load bytecode files."""

    def get_code(self, fullname):
        raise ImportError("Baton cannot load bytecode (.pyc) files", name=fullname)

    def get_source(self, fullname):
        return None


class ExtensionFileLoader(FileLoader):
    """Baton does not load C extension modules."""

    def create_module(self, spec):
        raise ImportError("Baton cannot load C extension modules", name=spec.name)

    def get_code(self, fullname):
        return None

    def get_source(self, fullname):
        return None


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """Return a module spec based on various loader methods."""
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
    """Return a module spec based on a file location."""
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
    """Create a module based on the provided spec."""
    module = None
    if hasattr(spec.loader, "create_module"):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, "exec_module"):
        raise ImportError("loaders that define exec_module() must also define create_module()")
    if module is None:
        module = type(sys)(spec.name)
    _init_module_attrs(spec, module)
    return module


def _init_module_attrs(spec, module, override=False):
    if override or getattr(module, "__name__", None) is None:
        module.__name__ = spec.name
    if override or getattr(module, "__loader__", None) is None:
        module.__loader__ = spec.loader
    if override or getattr(module, "__package__", None) is None:
        module.__package__ = spec.parent
    module.__spec__ = spec
    if override or getattr(module, "__path__", None) is None:
        if spec.submodule_search_locations is not None:
            module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        if override or getattr(module, "__file__", None) is None:
            module.__file__ = spec.origin
    return module


def _spec_of_loaded(module, name):
    """A spec for a module the native import system loaded (it sets no
    __spec__): built from __file__ and __path__."""
    spec = getattr(module, "__spec__", None)
    if spec is not None:
        return spec
    file = getattr(module, "__file__", None)
    if file is None:
        if _imp.is_builtin(name):
            spec = ModuleSpec(name, BuiltinImporter, origin="built-in")
        else:
            raise ValueError(f"{name}.__spec__ is None")
    else:
        spec = ModuleSpec(name, SourceFileLoader(name, file), origin=file)
        spec._set_fileattr = True
        path = getattr(module, "__path__", None)
        if path is not None:
            spec.submodule_search_locations = list(path)
    return spec


def _find_spec(fullname, path):
    """Where `fullname` would be imported from (sys.path / the parent's
    __path__ when `path` is given), as a spec; None if nowhere."""
    for finder in sys.meta_path:
        find = getattr(finder, "find_spec", None)
        if find is not None:
            spec = find(fullname, path)
            if spec is not None:
                return spec
    found = _imp._find(fullname, path)
    if found is None:
        return None
    kind, origin, pkgdir = found
    if kind == "builtin":
        return ModuleSpec(fullname, BuiltinImporter, origin="built-in")
    spec = ModuleSpec(fullname, SourceFileLoader(fullname, origin), origin=origin)
    spec._set_fileattr = True
    if pkgdir is not None:
        spec.submodule_search_locations = [pkgdir]
    return spec


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
    _sanity_check(name, package, level)
    if level > 0:
        name = _resolve_name(name, package, level)
    module = sys.modules.get(name, _POPULATE)
    if module is None:
        raise ModuleNotFoundError(f"import of {name} halted; None in sys.modules", name=name)
    if module is _POPULATE:
        __import__(name)
        module = sys.modules[name]
    return module
