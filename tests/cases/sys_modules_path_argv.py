# sys.modules bookkeeping, sys.path entries, argv mutations, and sys.exit status handling helpers.
import sys
before = set(sys.modules)
import math
print("math" in sys.modules, "math" in before or "math" in set(sys.modules) - before)
print(sys.modules.get("definitely_not_loaded_mod") is None)
sys.argv.append("--extra")
print(sys.argv[1:], len(sys.argv))
sys.argv[:] = ["renamed.py"]
print(sys.argv)
print(isinstance(sys.path[0], str), sys.path.count(sys.path[0]) >= 1)
old = list(sys.path)
sys.path.insert(0, "/nonexistent/baton/path")
print(sys.path[0])
sys.path[:] = old
print(sys.path == old)
print(sys.maxsize + 1 == 2 ** 63, -sys.maxsize - 1 == -(2 ** 63), sys.maxsize.bit_length())
print(sys.getrecursionlimit() == 1000, type(sys.version_info.micro).__name__, sys.version_info.releaselevel in ("alpha", "beta", "candidate", "final"))
