# Import failures: ModuleNotFoundError, ImportError for names, failing module not cached.
import sys
sys.path.insert(0, "pkgs")
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    import mypkg.nonexistent
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    from mypkg import does_not_exist
except ImportError as e:
    print(type(e).__name__, e.name, str(e).startswith("cannot import name 'does_not_exist' from 'mypkg'"))
try:
    import broken_mod
except ValueError as e:
    print("ValueError:", e)
print("broken_mod" in sys.modules)
try:
    import broken_mod
except ValueError as e:
    print("runs again:", e)
try:
    from _mod_simple import nothing_here
except ImportError as e:
    print("ImportError for a name:", e.name)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)
