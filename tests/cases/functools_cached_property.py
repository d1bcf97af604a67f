# functools.cached_property: computed once per instance, stored in __dict__, invalidation by del.
from functools import cached_property

class Dataset:
    def __init__(self, values):
        self.values = values
        self.computations = 0
    @cached_property
    def total(self):
        """Sum of the values."""
        self.computations += 1
        return sum(self.values)

d = Dataset([1, 2, 3])
print(d.total, d.total, d.computations, "total" in d.__dict__)
d.values.append(4)
print(d.total)
del d.total
print(d.total, d.computations)
d.total = 100
print(d.total)
print(type(Dataset.total).__name__, Dataset.total.attrname, Dataset.total.__doc__)

other = Dataset([10])
print(other.total, d.total)

class Slotted:
    __slots__ = ("x",)
    @cached_property
    def doubled(self):
        return 2
try:
    Slotted().doubled
except TypeError as e:
    print("TypeError:", e)

cp = cached_property(lambda self: 1)
try:
    cp.__get__(object(), object)
except TypeError as e:
    print("TypeError:", e)

try:
    class Twice:
        a = cached_property(lambda self: 1)
        b = a
except (TypeError, RuntimeError) as e:
    cause = e.__cause__ if e.__cause__ is not None else e
    print(type(cause).__name__, cause)

class Child(Dataset):
    pass
c = Child([5, 5])
print(c.total, c.computations)
