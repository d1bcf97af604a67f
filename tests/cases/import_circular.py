# Circular imports that work because names are used lazily.
import sys
sys.path.insert(0, "pkgs")
import circ.a
print(circ.a.use_b())
import circ.b
print(circ.b.use_a())
print(sorted(k for k in sys.modules if k.startswith("circ")))
