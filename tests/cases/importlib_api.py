# importlib: import_module (absolute, relative), find_spec, loading a module
# from a file through a spec, reload, resolve_name, and their errors.
import importlib, importlib.util, importlib.machinery, importlib.abc
import os, sys, tempfile, shutil

tmp = tempfile.mkdtemp()
try:
    os.makedirs(os.path.join(tmp, "pkg_il", "sub"))
    files = {
        "pkg_il/__init__.py": "NAME = 'pkg'\n",
        "pkg_il/sub/__init__.py": "",
        "pkg_il/sub/leaf.py": "counter = 1\ndef f():\n    return 'leaf'\n",
        "standalone_il.py": "X = 40 + 2\n",
    }
    for rel, text in files.items():
        with open(os.path.join(tmp, rel), "w") as fh:
            fh.write(text)
    sys.path.insert(0, tmp)

    m = importlib.import_module("pkg_il.sub.leaf")
    print(m.f(), m.__name__, m.__package__, "pkg_il.sub" in sys.modules)
    r = importlib.import_module("..sub.leaf", "pkg_il.sub")
    print(r is m, importlib.import_module(".sub", "pkg_il").__name__)
    for args in [("..x", None), ("...x", "pkg_il.sub"), ("nope_il_zzz",), ("pkg_il.nope",)]:
        try:
            importlib.import_module(*args)
        except Exception as e:
            print(type(e).__name__, e)

    spec = importlib.util.find_spec("pkg_il.sub.leaf")
    print(spec.name, spec.parent, os.path.basename(spec.origin), spec.submodule_search_locations, spec.has_location)
    pspec = importlib.util.find_spec("pkg_il.sub")
    print(pspec.parent, [os.path.basename(p) for p in pspec.submodule_search_locations])
    print(importlib.util.find_spec("pkg_il.missing"), importlib.util.find_spec("math") is not None)
    print(importlib.util.find_spec("json").name, importlib.util.find_spec("sys").origin)
    try:
        importlib.util.find_spec("standalone_il.x")
    except ModuleNotFoundError as e:
        print("ModuleNotFoundError", e)
    print(importlib.util.resolve_name(".leaf", "pkg_il.sub"), importlib.util.resolve_name("abs", None))
    try:
        importlib.util.resolve_name(".x", None)
    except ImportError as e:
        print("ImportError", e)

    path = os.path.join(tmp, "standalone_il.py")
    s = importlib.util.spec_from_file_location("renamed_il", path)
    print(s.name, s.origin == path, type(s.loader).__name__, s.submodule_search_locations)
    mod = importlib.util.module_from_spec(s)
    print(mod.__name__, mod.__file__ == path, mod.__spec__ is s, hasattr(mod, "X"))
    s.loader.exec_module(mod)
    print(mod.X, "renamed_il" in sys.modules)
    print(isinstance(s.loader, importlib.abc.Loader), importlib.machinery.SOURCE_SUFFIXES)

    with open(os.path.join(tmp, "pkg_il/sub/leaf.py"), "a") as fh:
        fh.write("counter += 1\ndef g():\n    return 'new'\n")
    importlib.invalidate_caches()
    m2 = importlib.reload(m)
    print(m2 is m, m.counter, m.g())
    fake = type(sys)("not_registered_il")
    try:
        importlib.reload(fake)
    except ImportError as e:
        print("ImportError", e)

    from importlib.metadata import version, PackageNotFoundError
    try:
        version("surely-not-installed-il")
    except PackageNotFoundError as e:
        print("PackageNotFoundError", e)
finally:
    sys.path.remove(tmp)
    shutil.rmtree(tmp)
