# callable() and the __call__ protocol.
class WithCall:
    def __call__(self, x):
        return x * 2
class NoCall:
    pass
print(callable(len), callable(print), callable(lambda: 0), callable(WithCall), callable(WithCall()))
print(callable(NoCall()), callable(NoCall), callable(5), callable("s"), callable(None), callable([].append))
print(callable(int), callable(type), callable(str.upper), callable(classmethod), callable(object()))
wc = WithCall()
print(wc(21), WithCall.__call__(wc, 4))
try:
    NoCall()()
except TypeError as e:
    print("TypeError:", e)
try:
    five = 5
    five()
except TypeError as e:
    print("TypeError:", e)
try:
    s = "abc"
    s()
except TypeError as e:
    print("TypeError:", e)
try:
    l = [1]
    l()
except TypeError as e:
    print("TypeError:", e)
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, *args, **kwargs):
        self.n += 1
        return args, kwargs
c = Counter()
c(); c(1); print(c(1, k=2), c.n)
def make():
    def inner():
        return "inner called"
    return inner
print(make()(), callable(make()))
nc = NoCall()
nc.__call__ = lambda: "instance __call__ is ignored"
print(callable(nc))
try:
    nc()
except TypeError as e:
    print("TypeError:", e)
