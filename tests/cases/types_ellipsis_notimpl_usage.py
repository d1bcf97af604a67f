# Ellipsis used in slicing protocols and as a placeholder; NotImplemented singletons.
class Grid:
    def __getitem__(self, key):
        if key is Ellipsis:
            return "everything"
        if isinstance(key, tuple) and Ellipsis in key:
            return "partial " + str(key.index(Ellipsis))
        return key
g = Grid()
print(g[...], g[1, ...], g[..., 1], g[1])
def todo():
    ...
print(todo(), ... is Ellipsis, Ellipsis == ..., repr(...), bool(...))
x = [1, ..., 3]
print(x, x.count(...), ... in x)
print(NotImplemented is NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
try:
    hash(...)
    print("Ellipsis is hashable")
except TypeError:
    print("not hashable")
print({...: "ellipsis key"}[...])
