# sys.getsizeof (only relative facts), sys.intern identity, sys.flags fields, sys.exc_info types.
import sys
small, large = sys.getsizeof([]), sys.getsizeof(list(range(1000)))
print(small > 0, large > small, sys.getsizeof("") < sys.getsizeof("a" * 1000), sys.getsizeof(1) <= sys.getsizeof(10 ** 100))
class WithSizeof:
    def __sizeof__(self):
        return 1000
print(sys.getsizeof(WithSizeof()) >= 1000, sys.getsizeof(object(), 7) > 0)
a = sys.intern("".join(["dyn", "amic"]))
b = sys.intern("dynamic")
print(a is b, sys.intern("x") == "x")
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError:", e)
for name in ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
             "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode"]:
    print(name, type(getattr(sys.flags, name)).__name__)
