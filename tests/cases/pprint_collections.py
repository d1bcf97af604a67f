# pprint: collections, dataclasses, namespaces, user types
import collections
import dataclasses
import pprint
import types

od = collections.OrderedDict((str(i), i * 1000) for i in range(12))
dd = collections.defaultdict(list, {i: [i] * 8 for i in range(5)})
counter = collections.Counter('the quick brown fox jumps over the lazy dog')
chain = collections.ChainMap({'a': 10 ** 20, 'b': 2 * 10 ** 20}, {'c': 'x' * 40})
dq = collections.deque(range(30))
dq_max = collections.deque(range(30), maxlen=40)
ns = types.SimpleNamespace(alpha=list(range(15)), beta='hello ' * 8)
proxy = types.MappingProxyType({'x': list(range(25))})
for obj in (od, dd, counter, chain, dq, dq_max, ns, proxy,
            collections.OrderedDict(), collections.deque(), collections.Counter(),
            collections.defaultdict(int)):
    print(pprint.pformat(obj, width=40))
    print(pprint.pformat(obj))


@dataclasses.dataclass
class Point:
    x: int
    y: list
    label: str = 'origin'
    hidden: int = dataclasses.field(default=0, repr=False)


@dataclasses.dataclass(repr=False)
class NoRepr:
    a: list

    def __repr__(self):
        return 'NoRepr(...)'


print(pprint.pformat(Point(1, list(range(25)))))
print(pprint.pformat(Point(1, [2]), width=10))
print(pprint.pformat([Point(i, [i] * 10) for i in range(2)], width=50))
print(pprint.pformat(NoRepr(list(range(40)))))


class MyList(list):
    pass


class MyDict(dict):
    def __repr__(self):
        return 'MyDict!'


print(pprint.pformat(MyList(range(30)), width=30))
print(pprint.pformat(MyDict(a=1), width=5))
print(pprint.pformat(collections.UserList(range(25)), width=30))
print(pprint.pformat(collections.UserDict({i: 'v' * 10 for i in range(5)}), width=30))
print(pprint.pformat(collections.UserString('word ' * 20), width=30))
print(pprint.pformat({'s': {3, 1, 2}, 'f': frozenset(range(20))}, width=30))
print(pprint.pformat([b'abcd' * 20, bytearray(b'xy' * 30)], width=40))
print(pprint.pformat({'key': ns}, width=30))
