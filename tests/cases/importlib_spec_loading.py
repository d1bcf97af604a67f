# Loading modules from files through specs: spec_from_file_location,
# module_from_spec, SourceFileLoader's methods, packages, errors with the file
# name, a SourceLoader subclass, and ModuleSpec itself.
import importlib.abc, importlib.machinery, importlib.util
import os, shutil, sys, tempfile, traceback

tmp = tempfile.mkdtemp()
def write(rel, text):
    path = os.path.join(tmp, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as fh:
        fh.write(text)
    return path

def load(name, path, register=False, **kw):
    spec = importlib.util.spec_from_file_location(name, path, **kw)
    module = importlib.util.module_from_spec(spec)
    if register:
        sys.modules[name] = module
    spec.loader.exec_module(module)
    return module

try:
    p = write("plug.py", "'''Doc.'''\nA = 1\ninfo = (__name__, __package__, __spec__.name, type(__loader__).__name__)\n")
    spec = importlib.util.spec_from_file_location("plugins.plug", p)
    print(spec.name, spec.parent, spec.has_location, spec.origin == p, spec.submodule_search_locations)
    mod = importlib.util.module_from_spec(spec)
    print(sorted(k for k in vars(mod) if k != "__cached__"), mod.__file__ == p, mod.__spec__ is spec)
    spec.loader.exec_module(mod)
    print(mod.A, mod.info, mod.__doc__, "plugins.plug" in sys.modules)
    loader = spec.loader
    print(loader.name, loader.get_filename() == p, loader.is_package("plugins.plug"))
    print(loader.get_source("plugins.plug").splitlines()[1], type(loader.get_data(p)).__name__)
    print(loader.get_code("plugins.plug").co_filename == p, isinstance(loader, importlib.abc.Loader))
    print(importlib.util.spec_from_file_location("x", os.path.join(tmp, "data.txt")))

    init = write("pk/__init__.py", "from . import sub\nfrom .sub import V\n")
    write("pk/sub.py", "V = 'v from ' + __name__\n")
    pk = load("pk", init, register=True)
    print(pk.V, pk.sub.__package__, pk.__path__ == [os.path.join(tmp, "pk")], pk.__spec__.parent)
    pk2 = load("pk2", init, register=True, submodule_search_locations=[os.path.join(tmp, "pk")])
    print(pk2.V, sorted(n for n in sys.modules if n.startswith("pk")))

    bad = write("bad.py", "x = 1\ny = (\n")
    try:
        load("bad", bad)
    except SyntaxError as e:
        print("SyntaxError", os.path.basename(e.filename), e.lineno)
    rt = write("rt.py", "def f():\n    return 1 / 0\nf()\n")
    try:
        load("rt", rt)
    except ZeroDivisionError as e:
        frames = traceback.extract_tb(e.__traceback__)[-2:]
        print([(os.path.basename(f.filename), f.lineno, f.name) for f in frames])

    class TextLoader(importlib.abc.SourceLoader):
        def get_filename(self, fullname):
            return "<text:" + fullname + ">"
        def get_data(self, path):
            return b"A = 6 * 7\r\nWHO = __name__\r\n"
    s = importlib.util.spec_from_loader("texty", TextLoader())
    m = importlib.util.module_from_spec(s)
    s.loader.exec_module(m)
    print(s.origin, s.has_location, m.A, m.WHO, m.__file__, repr(s.loader.get_source("texty")))
    try:
        importlib.abc.SourceLoader()
    except TypeError as e:
        print("TypeError", "abstract" in str(e))

    ms = importlib.machinery.ModuleSpec("a.b", None, origin="somewhere")
    ns = importlib.machinery.ModuleSpec("nsp", None, is_package=True)
    print(ms, ms.parent, ns.parent, ms == importlib.machinery.ModuleSpec("a.b", None, origin="somewhere"))
    nm = importlib.util.module_from_spec(ns)
    print(nm.__file__, nm.__path__, nm.__package__, type(nm.__loader__).__name__)
finally:
    for name in ("pk", "pk.sub", "pk2", "pk2.sub"):
        sys.modules.pop(name, None)
    shutil.rmtree(tmp)
