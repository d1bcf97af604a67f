# Truthiness rules and custom __bool__/__len__ in conditions, while, and/or, not, all/any.
class Box:
    def __init__(self, items): self.items = items
    def __len__(self): return len(self.items)
class Flag:
    def __init__(self, on): self.on = on
    def __bool__(self):
        print("bool called", self.on)
        return self.on
if Box([]):
    print("non-empty")
else:
    print("empty box is falsy")
if Box([1]):
    print("box with items is truthy")
print(Flag(True) and "and-result")
print(Flag(False) or "or-result")
print(not Flag(False))
b = Box([1, 2, 3])
while b:
    b.items.pop()
    print("popped, remaining", len(b))
print(all([Flag(True), Flag(False), Flag(True)]))
print(any([Flag(False), Flag(True), Flag(False)]))
x = Flag(True) if Flag(False) else "ternary else"
print(x)
print([v for v in [0, 1, "", "a", [], [0], None] if v])
print(bool(0.0), bool(-0.0), bool(1e-300), bool(0j), bool(float("nan")))
