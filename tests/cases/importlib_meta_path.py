# importlib over sys.meta_path: a custom finder and loader serving modules from
# a dict, found by import_module/find_spec/reload; loading failures and the
# old load_module() protocol. (Module bodies use importlib, not `import`.)
import importlib, importlib.abc, importlib.machinery, importlib.util
import sys, types

SOURCES = {
    "vpkg_il": "NAME = 'vpkg'\n",
    "vpkg_il.tools": "import importlib\nbase = importlib.import_module('.base', __package__)\nMSG = base.WORD + '!'\n",
    "vpkg_il.base": "WORD = 'base'\n",
}

class DictLoader(importlib.abc.Loader):
    def __init__(self, source):
        self.source = source
    def exec_module(self, module):
        exec(compile(self.source, "<dict:" + module.__name__ + ">", "exec"), module.__dict__)

class DictFinder(importlib.abc.MetaPathFinder):
    def __init__(self):
        self.asked = []
        self.invalidated = 0
    def find_spec(self, name, path, target=None):
        self.asked.append((name, path is None))
        if name not in SOURCES:
            return None
        return importlib.util.spec_from_loader(name, DictLoader(SOURCES[name]), is_package="." not in name)
    def invalidate_caches(self):
        self.invalidated += 1

finder = DictFinder()
sys.meta_path.append(finder)
tools = importlib.import_module("vpkg_il.tools")
pkg = sys.modules["vpkg_il"]
print(tools.MSG, tools.__name__, tools.__package__, type(tools.__loader__).__name__)
print(pkg.NAME, pkg.__path__, pkg.tools is tools, pkg.base.WORD, tools.__spec__.parent)
print(sorted(n for n in sys.modules if n.startswith("vpkg_il")), finder.asked)
print(importlib.import_module("json").__name__, finder.asked[-1:])
print(importlib.util.find_spec("vpkg_il.base").name, importlib.util.find_spec("vpkg_il.zz"))
importlib.invalidate_caches(); print("invalidated", finder.invalidated)
SOURCES["vpkg_il.base"] = "WORD = 'changed'\n"
print(importlib.reload(pkg.base).WORD, pkg.base is sys.modules["vpkg_il.base"])
try:
    importlib.import_module("vpkg_il.missing")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)

class Boom(importlib.abc.Loader):
    def exec_module(self, module):
        sys.modules[module.__name__].partial = True
        raise RuntimeError("boom in " + module.__name__)

class Legacy:
    def load_module(self, name):
        mod = sys.modules[name] = types.ModuleType(name)
        mod.how = "load_module"
        return mod

class OtherFinder:
    def find_spec(self, name, path, target=None):
        if name == "boom_il":
            return importlib.machinery.ModuleSpec(name, Boom())
        if name == "legacy_il":
            return importlib.machinery.ModuleSpec(name, Legacy())
        if name == "json":
            return importlib.machinery.ModuleSpec(name, DictLoader("SHADOW = 1\n"))
        return None

sys.meta_path.insert(0, OtherFinder())
try:
    importlib.import_module("boom_il")
except RuntimeError as e:
    print("RuntimeError:", e, "boom_il" in sys.modules)
legacy = importlib.import_module("legacy_il")
print(legacy.how, legacy.__spec__.name)
print(hasattr(importlib.import_module("json"), "SHADOW"), "json already imported")
del sys.meta_path[0]; sys.meta_path.remove(finder)
for name in [n for n in sys.modules if n.startswith(("vpkg_il", "legacy_il"))]:
    del sys.modules[name]
print([getattr(f, "__name__", "?") for f in sys.meta_path][-3:])
