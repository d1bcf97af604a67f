# sys.path and sys.modules manipulation; inserting a module object directly.
import sys
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(sys.path[0].endswith("cases"))
ModuleType = type(sys)
fake = ModuleType("fake_module")
fake.answer = 42
sys.modules["fake_module"] = fake
import fake_module
print(fake_module.answer, fake_module is fake)
from fake_module import answer
print(answer)
sys.path.append("pkgs")
import mypkg.core
print(mypkg.core.greet("path"))
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print("ImportError:", type(e).__name__)
print("sys" in sys.modules, "builtins" in sys.modules, sys.modules["__main__"].__name__)
import importlib
m = importlib.import_module("_mod_simple")
print(m.public, importlib.import_module("mypkg.util").shout("il"))
