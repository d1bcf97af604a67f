# Packages: __init__, submodules, relative imports, attributes set on the parent.
import sys
sys.path.insert(0, "pkgs")
import mypkg
print(mypkg.VERSION, mypkg.greet("pkg"), mypkg.__doc__, mypkg.__name__, mypkg.__package__)
print(hasattr(mypkg, "core"), hasattr(mypkg, "sub"), "mypkg.util" in sys.modules)
import mypkg.sub.deep
print(mypkg.sub.deep.info(), hasattr(mypkg, "sub"), mypkg.sub.deep.__package__)
from mypkg.sub import deep as d
print(d is mypkg.sub.deep)
from mypkg.util import shout
print(shout("quiet"))
import mypkg.core as core
print(core.greet("alias"), core.__name__)
print(sorted(k for k in sys.modules if k.startswith("mypkg")))
print(mypkg.__path__[0].endswith("mypkg"), hasattr(mypkg.core, "__path__"))
from mypkg import core as c2, util
print(c2 is core, util.shout("x"))
