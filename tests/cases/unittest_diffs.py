# assertEqual's detailed failure messages: difflib diffs for lists, tuples,
# dicts, sets and multi-line strings; long reprs shortened; maxDiff.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def show(first, second, **kw):
    try:
        t.assertEqual(first, second, **kw)
        print("equal")
    except AssertionError as e:
        print(str(e))
    print("-" * 20)


show([1, 2, 3], [1, 2, 4])
show((1, 2), (1, 2, 3))
show([1, 2, 3], [1])
show({'a': 1, 'b': [1, 2]}, {'a': 1, 'b': [1, 3], 'c': None})
show({1, 2, 3}, {2, 3, 4})
show(frozenset(), frozenset([5]))
show("one\ntwo\nthree\n", "one\ntoo\nthree\nfour\n")
show("a single line", "a single lane")
show("tab\tbed\n", "tab\tbad\n")
show("x" * 100, "x" * 99 + "y")
show(list(range(30)), list(range(29)) + [99])
show({'key': 'v' * 60}, {'key': 'w' * 60})
show([1, 2], (1, 2))
t.maxDiff = 40
show(list(range(20)), list(range(1, 21)))
t.maxDiff = None
show(["alpha", "beta", "gamma"], ["alpha", "bta", "gamma", "delta"])
t.assertSequenceEqual([1, 2], (1, 2))
try:
    t.assertSequenceEqual([1, 2], (1, 3), seq_type=list)
except AssertionError as e:
    print(e)
try:
    t.assertListEqual([1], 5)
except AssertionError as e:
    print(e)
try:
    t.assertMultiLineEqual("a", b"a")
except AssertionError as e:
    print(e)
try:
    t.assertSetEqual({1}, [1])
except AssertionError as e:
    print(e)
try:
    t.assertDictEqual({1: 1}, {1: 2}, "explained")
except AssertionError as e:
    print(e)
