# Alternative constructors with classmethod, staticmethod helpers, and subclass-aware factories.
class Color:
    def __init__(self, r, g, b):
        self.r, self.g, self.b = r, g, b
    @classmethod
    def from_hex(cls, text):
        text = text.lstrip("#")
        return cls(*(int(text[i:i + 2], 16) for i in (0, 2, 4)))
    @classmethod
    def gray(cls, level):
        return cls(level, level, level)
    @staticmethod
    def clamp(v):
        return max(0, min(255, v))
    def brighten(self, amount):
        return type(self)(*(self.clamp(c + amount) for c in (self.r, self.g, self.b)))
    def __repr__(self):
        return f"{type(self).__name__}({self.r}, {self.g}, {self.b})"
    def hex(self):
        return "#%02x%02x%02x" % (self.r, self.g, self.b)
class NamedColor(Color):
    def __repr__(self):
        return "Named" + super().__repr__()
c = Color.from_hex("#1e90ff")
print(c, c.hex(), c.brighten(100), Color.gray(128), Color.clamp(300), c.clamp(-5))
n = NamedColor.from_hex("ff0000")
print(n, type(n.brighten(10)).__name__, NamedColor.gray(1))
print(type(Color.__dict__["from_hex"]).__name__, type(Color.__dict__["clamp"]).__name__)
print(Color.from_hex.__self__ is Color, NamedColor.from_hex.__self__ is NamedColor)
