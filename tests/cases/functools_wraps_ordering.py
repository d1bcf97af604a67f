# functools.wraps/update_wrapper, total_ordering, cmp_to_key.
from functools import wraps, update_wrapper, total_ordering, cmp_to_key, WRAPPER_ASSIGNMENTS

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a: int, b: int) -> int:
    """Add two numbers."""
    return a + b

print(add(1, 2), add.__name__, add.__doc__, add.__qualname__, add.__annotations__, add.__wrapped__(3, 4))
def source():
    pass
source.extra = "attr"
def target():
    pass
update_wrapper(target, source)
print(target.__name__, target.extra, target.__wrapped__ is source, WRAPPER_ASSIGNMENTS)

class Callable:
    def __call__(self):
        return "called"
obj = Callable()
update_wrapper(obj, source, assigned=("__name__",), updated=())
print(obj.__name__, obj.__wrapped__ is source, obj())

@total_ordering
class Version:
    def __init__(self, major, minor):
        self.key = (major, minor)
    def __eq__(self, other):
        return self.key == other.key
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.key < other.key
    def __repr__(self):
        return "v%d.%d" % self.key

a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == Version(1, 2), sorted([b, a, Version(0, 9)]))
print(Version.__gt__.__name__, Version.__le__.__doc__)

@total_ordering
class Rev:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
print(Rev(1) < Rev(2), Rev(1) >= Rev(2), Rev(3) <= Rev(3))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)

def compare_len_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)
words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(compare_len_then_alpha)))
K = cmp_to_key(lambda a, b: b - a)
print(sorted([3, 1, 2], key=K), K(1) < K(2), K(1) == K(1))
try:
    hash(K(1))
except TypeError:
    print("keys are unhashable")
