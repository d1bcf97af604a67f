print("importing mypkg.sub.deep")
from ..core import greet
from .. import VERSION
def info():
    return greet("deep") + " v" + VERSION + " in " + __name__
