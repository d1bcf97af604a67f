# StopIteration semantics: in generators (PEP 479), in for loops, in next() defaults, in comprehensions.
def gen_with_next(it):
    while True:
        yield next(it)
try:
    print(list(gen_with_next(iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
def gen_safe(it):
    for x in it:
        yield x
print(list(gen_safe(iter([1, 2]))))
class Manual:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration("done")
        return self.i
print(list(Manual()), [x * 2 for x in Manual()], sum(Manual()))
it = iter([])
print(next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration args:", e.args, e.value)
def returns_value():
    yield 1
    return "the value"
g = returns_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)
def raising_stopiteration_in_comp():
    return [next(iter([])) for _ in range(1)]
try:
    raising_stopiteration_in_comp()
except StopIteration:
    print("list comprehension lets StopIteration through")
try:
    list(next(iter([])) for _ in range(1))
except RuntimeError as e:
    print("generator expression converts it:", e)
