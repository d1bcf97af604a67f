# collections.abc: built-in types registered as virtual subclasses; one-method ABCs by hook; mixins.
from collections import abc
import collections

checks = [
    ([], abc.MutableSequence), ((), abc.Sequence), ((), abc.MutableSequence), ("s", abc.Sequence),
    ({}, abc.MutableMapping), ({}.keys(), abc.KeysView), ({}.items(), abc.ItemsView),
    ({}.values(), abc.ValuesView), (set(), abc.MutableSet), (frozenset(), abc.Set),
    (frozenset(), abc.MutableSet), (range(3), abc.Sequence), (b"", abc.ByteString),
    (iter([]), abc.Iterator), ((x for x in []), abc.Generator), (len, abc.Callable),
    (1, abc.Hashable), ([], abc.Hashable), ({}, abc.Reversible), ([], abc.Collection),
    (collections.deque(), abc.MutableSequence), (collections.OrderedDict(), abc.Mapping),
    (type.__dict__, abc.Mapping), (42, abc.Iterable),
]
for obj, cls in checks:
    print(type(obj).__name__, cls.__name__, isinstance(obj, cls))

class Bag(abc.Sized, abc.Iterable, abc.Container):
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
    def __contains__(self, x):
        return x in self.items
print(issubclass(Bag, abc.Collection), len(Bag(1, 2)), 2 in Bag(1, 2))

class Seq(abc.Sequence):
    def __init__(self, data):
        self.data = data
    def __getitem__(self, i):
        return self.data[i]
    def __len__(self):
        return len(self.data)
s = Seq("abcab")
print(list(s), s.index("b"), s.count("a"), "c" in s, list(reversed(s)))

class Mp(abc.MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
m = Mp()
m.update(a=1, b=2)
m.setdefault("c", 3)
print(sorted(m.items()), m.get("z", 0), m.pop("a"), "a" in m, m == {"b": 2, "c": 3})
print(sorted(m.keys() | {"x"}), m.popitem(), len(m))

class S(abc.Set):
    def __init__(self, it):
        self.s = set(it)
    def __contains__(self, x):
        return x in self.s
    def __iter__(self):
        return iter(sorted(self.s))
    def __len__(self):
        return len(self.s)
a, b = S([1, 2, 3]), S([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= S([1, 2, 3, 4]), a.isdisjoint(S([9])))
print(abc.Iterable[int], abc.Callable[[int], str], abc.Mapping[str, list[int]])
try:
    abc.Sized()
except TypeError:
    print("abstract Sized cannot be instantiated")
