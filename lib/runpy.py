"""Locate and run Python modules without importing them (`baton -m module`).

The module is found on sys.path (or its package's __path__), its source is
read and compiled, and it runs as `__main__`.
"""

import sys

__all__ = ["run_module", "run_path"]

_EMBEDDED = "<baton>/lib"


class _Error(Exception):
    """Error that _run_module_as_main() reports without a traceback."""


class _ModuleDetails:
    """What CPython keeps in a module spec: name, file, package flag."""

    def __init__(self, name, origin, is_package):
        self.name = name
        self.origin = origin
        self.parent = name.rpartition(".")[0]
        self.submodule_search_locations = [origin.rpartition("/")[0]] if is_package else None
        self.loader = None
        self.cached = None
        self.has_location = True


def _read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return None


def _find(name, error):
    """(path, source bytes, is_package) of the module `name`, or raise error."""
    parent, _, last = name.rpartition(".")
    if parent:
        try:
            pkg = __import__(parent, fromlist=["__name__"])
        except ImportError as e:
            raise error(f"Error while finding module specification for {name!r} ({type(e).__name__}: {e})") from e
        search = getattr(pkg, "__path__", None)
        if search is None:
            raise error(f"Error while finding module specification for {name!r} (ModuleNotFoundError: __path__ attribute not found on {parent!r} while trying to find {name!r})")
    else:
        search = sys.path
    for d in search:
        if not isinstance(d, str):
            continue
        base = d if d else "."
        if base.startswith(_EMBEDDED):
            # Baton's embedded library cannot be read as files.
            try:
                mod = __import__(name, fromlist=["__name__"])
            except ImportError:
                continue
            if (getattr(mod, "__file__", None) or "").startswith(_EMBEDDED):
                raise error(f"No code object available for {name}")
            continue
        for path, is_pkg in ((f"{base}/{last}/__init__.py", True), (f"{base}/{last}.py", False)):
            source = _read(path)
            if source is not None:
                return path, source, is_pkg
    raise error(f"No module named {name}")


def _get_module_details(mod_name, error=ImportError):
    if mod_name.startswith("."):
        raise error("Relative module names not supported")
    pkg_name, _, _ = mod_name.rpartition(".")
    if pkg_name:
        try:
            __import__(pkg_name)
        except ImportError as e:
            if e.name is None or (e.name != pkg_name and not pkg_name.startswith(e.name + ".")):
                raise
        existing = sys.modules.get(mod_name)
        if existing is not None and not hasattr(existing, "__path__"):
            import warnings

            msg = (
                "{mod_name!r} found in sys.modules after import of package {pkg_name!r}, but prior to "
                "execution of {mod_name!r}; this may result in unpredictable behaviour".format(mod_name=mod_name, pkg_name=pkg_name)
            )
            warnings.warn(RuntimeWarning(msg))
    path, source, is_pkg = _find(mod_name, error)
    if is_pkg:
        if mod_name == "__main__" or mod_name.endswith(".__main__"):
            raise error("Cannot use package as __main__ module")
        try:
            __import__(mod_name)
        except error as e:
            if mod_name not in sys.modules:
                raise
            raise error(f"{e}; {mod_name!r} is a package and cannot be directly executed") from None
        pkg_main_name = mod_name + ".__main__"
        try:
            return _get_module_details(pkg_main_name, error)
        except error as e:
            if mod_name not in sys.modules:
                raise
            raise error(("%s; %r is a package and cannot be directly executed") % (e, mod_name)) from None
    try:
        code = compile(source, path, "exec")
    except SyntaxError:
        raise
    return mod_name, _ModuleDetails(mod_name, path, False), code


def _run_code(code, run_globals, init_globals=None, mod_name=None, mod_spec=None, pkg_name=None, script_name=None):
    """Execute code in the given namespace; returns the namespace."""
    if init_globals is not None:
        run_globals.update(init_globals)
    if mod_spec is None:
        fname = script_name
        cached = None
    else:
        fname = mod_spec.origin
        cached = mod_spec.cached
        if pkg_name is None:
            pkg_name = mod_spec.parent
    run_globals.update(
        __name__=mod_name,
        __file__=fname,
        __cached__=cached,
        __doc__=None,
        __loader__=None,
        __package__=pkg_name,
        __spec__=mod_spec,
    )
    if "__builtins__" not in run_globals:
        import builtins

        run_globals["__builtins__"] = builtins
    exec(code, run_globals)
    return run_globals


def _run_module_as_main(mod_name, alter_argv=True):
    """Run the named module in the __main__ namespace (the `-m` switch)."""
    try:
        mod_name, mod_spec, code = _get_module_details(mod_name, _Error)
    except _Error as exc:
        sys.exit("%s: %s" % (sys.executable, exc))
    main = sys.modules.get("__main__")
    if main is None:
        main = type(sys)("__main__")
        sys.modules["__main__"] = main
    main_globals = main.__dict__
    if alter_argv:
        sys.argv[0] = mod_spec.origin
    return _run_code(code, main_globals, None, "__main__", mod_spec)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Execute a module's code without importing it; returns its globals dictionary."""
    mod_name, mod_spec, code = _get_module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    if not alter_sys:
        return _run_code(code, {}, init_globals, run_name, mod_spec)
    temp_module = type(sys)(run_name)
    saved_argv0 = sys.argv[0]
    saved_module = sys.modules.get(run_name)
    sys.argv[0] = mod_spec.origin
    sys.modules[run_name] = temp_module
    try:
        _run_code(code, temp_module.__dict__, init_globals, run_name, mod_spec)
    finally:
        sys.argv[0] = saved_argv0
        if saved_module is None:
            sys.modules.pop(run_name, None)
        else:
            sys.modules[run_name] = saved_module
    return temp_module.__dict__.copy()


def run_path(path_name, init_globals=None, run_name=None):
    """Execute the code at the named filesystem location; returns its globals dictionary."""
    if run_name is None:
        run_name = "<run_path>"
    source = _read(path_name)
    if source is None:
        # A directory (or zip file) with a __main__.py in it.
        main_path = path_name.rstrip("/") + "/__main__.py"
        source = _read(main_path)
        if source is None:
            raise ImportError(f"can't find '__main__' module in {path_name!r}")
        sys.path.insert(0, path_name)
        try:
            code = compile(source, main_path, "exec")
            mod_spec = _ModuleDetails("__main__", main_path, False)
            return _run_code(code, {}, init_globals, run_name, mod_spec, "").copy()
        finally:
            try:
                sys.path.remove(path_name)
            except ValueError:
                pass
    code = compile(source, path_name, "exec")
    temp_module = type(sys)(run_name)
    saved_argv0 = sys.argv[0]
    saved_module = sys.modules.get(run_name)
    sys.argv[0] = path_name
    sys.modules[run_name] = temp_module
    try:
        _run_code(code, temp_module.__dict__, init_globals, run_name, pkg_name="", script_name=path_name)
    finally:
        sys.argv[0] = saved_argv0
        if saved_module is None:
            sys.modules.pop(run_name, None)
        else:
            sys.modules[run_name] = saved_module
    return temp_module.__dict__.copy()
