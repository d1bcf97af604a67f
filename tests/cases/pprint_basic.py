# pprint: nested containers, widths, depth, compact, sort_dicts
import pprint

data = {
    'name': 'baton',
    'numbers': list(range(25)),
    'nested': {'a': [1, 2, {'deep': ('x', 'y' * 30, 3.5)}], 'b': None, 'c': (1,)},
    'set': {5, 3, 1, 9},
    'frozen': frozenset({2, 1}),
    'text': 'lorem ipsum dolor sit amet ' * 5,
    'bytes': bytes(range(30)),
    'ba': bytearray(b'hello world, this is a longer bytearray value'),
    'empty': [[], (), {}, set()],
    'lines': 'first line\nsecond line is here\n' * 2,
}
for width in (80, 40, 15):
    print('--- width', width)
    print(pprint.pformat(data, width=width))
print(pprint.pformat(data, width=40, indent=4))
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data, depth=2, sort_dicts=False, width=60))
print(pprint.pformat(list(range(60)), compact=True, width=40))
print(pprint.pformat([[i] * i for i in range(8)], compact=True, width=30))
print(pprint.pformat('a long string without spaces ' + 'x' * 90))
print(pprint.pformat(['word ' * 30]))
print(pprint.pformat((1, 2, 3) * 12, width=25, indent=2))
print(pprint.pformat({'k%d' % i: {'inner': list(range(i))} for i in range(7)}, width=45))
print(pprint.pformat({1: 'a', 'b': 2, (1, 2): None, None: 3, 2.5: []}))
print(pprint.pformat(12345678, underscore_numbers=True), pprint.pformat([10 ** 12], underscore_numbers=True))

pprint.pprint({'z': 1, 'a': 2, 'm': [3] * 30})
pprint.pp({'z': 1, 'a': 2})
pprint.pprint(['x' * 30] * 3, width=40)
pp = pprint.PrettyPrinter(indent=2, width=30, compact=True)
pp.pprint(data['nested'])
print(pp.pformat(list(range(20))))

loop = [1, 2]
loop.append(loop)
d = {'k': 1}
d['self'] = d
print(pprint.saferepr(loop).split(' with id=')[0])
print(pprint.isrecursive(loop), pprint.isreadable(loop), pprint.isrecursive([1]))
print(pprint.isreadable([1, 'a', (2.5, None)]), pprint.isreadable(object()))
print(pprint.saferepr({'b': 1, 'a': [{3, 1}, (4,)]}))
print(pprint.pformat(d).split(' with id=')[0])
print(pp.isreadable(data), pp.isrecursive(d))
for kwargs in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print('ValueError:', e)
