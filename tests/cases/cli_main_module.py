# The main script's module: __name__, __file__, __builtins__, __spec__ and the main guard.
import sys
print(__name__)
print(__file__.endswith("cli_main_module.py"))
main = sys.modules["__main__"]
print(main.__name__, main is sys.modules[__name__])
print(sorted(k for k in globals() if k.startswith("__") and k in ("__name__", "__doc__", "__builtins__", "__file__")))
print(__doc__ is None)
def main_func():
    return "main called"
if __name__ == "__main__":
    print(main_func())
print(sys.argv[0].endswith("cli_main_module.py"))
