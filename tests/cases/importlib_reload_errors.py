# importlib.reload (re-executes in the same namespace; what happens on errors)
# and the errors of import_module, resolve_name, find_spec and metadata.
import importlib, importlib.util, importlib.metadata
import os, shutil, sys, tempfile, types

tmp = tempfile.mkdtemp()
def write(rel, text):
    path = os.path.join(tmp, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as fh:
        fh.write(text)

def attempt(func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except Exception as e:
        print(" ", type(e).__name__ + ":", e, "| name =", getattr(e, "name", "-"))
    else:
        print(" ", getattr(result, "__name__", result))

sys.path.insert(0, tmp)
try:
    write("rl_il.py", "x = 1\ny = 2\nloads = globals().get('loads', 0) + 1\n")
    write("rpkg_il/__init__.py", "")
    write("rpkg_il/leaf.py", "N = 1\n")
    write("flat_il.py", "")
    import rl_il, rpkg_il.leaf
    rl_il.extra = "kept"
    write("rl_il.py", "x = 10\nloads = globals().get('loads', 0) + 1\n")
    importlib.invalidate_caches()
    again = importlib.reload(rl_il)
    print(again is rl_il, rl_il.x, rl_il.y, rl_il.extra, rl_il.loads, rl_il.__spec__.name)
    write("rl_il.py", "x = (\n")
    attempt(importlib.reload, rl_il)
    print("after failed reload:", rl_il.x, sys.modules["rl_il"] is rl_il)
    write("rpkg_il/leaf.py", "N = 2\n")
    print(importlib.reload(rpkg_il.leaf).N, rpkg_il.leaf.__package__)
    os.remove(os.path.join(tmp, "rl_il.py"))
    attempt(importlib.reload, rl_il)
    attempt(importlib.reload, types.ModuleType("never_imported_il"))
    attempt(importlib.reload, 42)
    del sys.modules["rpkg_il"]
    attempt(importlib.reload, rpkg_il.leaf)

    print("import_module:")
    attempt(importlib.import_module, ".leaf", "rpkg_il")
    attempt(importlib.import_module, "..leaf", "rpkg_il.sub")
    for args in [(".leaf",), (".leaf", ""), ("...x", "rpkg_il.sub"), ("",), ("flat_il.sub",),
                 ("rpkg_il.nope",), ("nope_il.sub",), (".x", 5)]:
        attempt(importlib.import_module, *args)
    sys.modules["halted_il"] = None
    attempt(importlib.import_module, "halted_il")
    del sys.modules["halted_il"]

    print("resolve_name / find_spec:")
    for args in [("x.y", None), (".x", "a.b"), ("..x", "a.b"), ("..", "a.b"), ("...x", "a.b"), (".x", None)]:
        attempt(importlib.util.resolve_name, *args)
    print(" ", importlib.util.find_spec(".leaf", "rpkg_il").name, importlib.util.find_spec("nope_il"))
    attempt(importlib.util.find_spec, "flat_il.sub")
    sys.modules["bare_il"] = types.ModuleType("bare_il")
    attempt(importlib.util.find_spec, "bare_il")
    attempt(importlib.util.find_spec, "__main__")
    attempt(importlib.metadata.version, "surely-not-installed-il")
    print(issubclass(importlib.metadata.PackageNotFoundError, ModuleNotFoundError))
finally:
    sys.path.remove(tmp)
    for name in [n for n in sys.modules if n.endswith("_il") or ".leaf" in n]:
        del sys.modules[name]
    shutil.rmtree(tmp)
