# Container protocol: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __reversed__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError(f"cell {key} out of range")
            return self.cells.get(key, ".")
        if isinstance(key, slice):
            return [self[i, 0] for i in range(*key.indices(self.w))]
        raise TypeError("bad key type " + type(key).__name__)
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))
    def __reversed__(self):
        return iter(["reversed called"])
g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
print(len(g), g[0, 0], g[1, 1], "#" in g, "x" in g, list(g), list(reversed(g)), g[0:3])
del g[0, 0]
print(list(g), bool(g))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
try:
    g["k"]
except TypeError as e:
    print("TypeError:", e)
class Seq:
    def __getitem__(self, i):
        if i < 4:
            return i * i
        raise IndexError
print(list(Seq()), 9 in Seq(), 5 in Seq(), [x for x in Seq()], sorted(Seq(), reverse=True))
class Empty:
    def __len__(self): return 0
print(bool(Empty()), len(Empty()), not Empty())
class MyList(list):
    def __getitem__(self, i):
        return "item " + str(super().__getitem__(i))
ml = MyList([1, 2])
print(ml[0], ml, len(ml), list(ml))
