# The messages of TestCase's assert methods when they fail.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(name, *args, **kw):
    try:
        getattr(t, name)(*args, **kw)
        print(name, "passed")
    except AssertionError as e:
        print(name, "->", repr(str(e)))
    except Exception as e:
        print(name, "!!", type(e).__name__, e)


check('assertEqual', 1, 2)
check('assertEqual', 1, 2, msg="extra")
check('assertEqual', 1, 1.0)
check('assertNotEqual', 3, 3)
check('assertTrue', 0)
check('assertTrue', [], "empty list")
check('assertFalse', [1])
check('assertIs', 1, None)
check('assertIsNot', None, None)
check('assertIsNone', 5)
check('assertIsNotNone', None)
check('assertIn', 'z', 'abc')
check('assertIn', 4, {1: 2})
check('assertNotIn', 'a', 'abc')
check('assertIsInstance', 1, str)
check('assertIsInstance', 1, (str, bytes))
check('assertNotIsInstance', True, int)
check('assertAlmostEqual', 1.0, 1.1)
check('assertAlmostEqual', 1.0, 1.00000001)
check('assertAlmostEqual', 1.0, 1.0001, places=3)
check('assertAlmostEqual', 1.0, 1.1, places=3)
check('assertAlmostEqual', 10, 12, delta=1)
check('assertAlmostEqual', 1.0, 1.5, delta=0.1, places=2)
check('assertNotAlmostEqual', 1.0, 1.00000001)
check('assertNotAlmostEqual', 2.0, 2.05, delta=0.1)
check('assertNotAlmostEqual', 2.0, 3.0)
check('assertGreater', 1, 2)
check('assertGreaterEqual', 1, 2)
check('assertLess', 2, 1)
check('assertLessEqual', 'b', 'a')
check('assertCountEqual', [1, 1, 2], [1, 2, 2])
check('assertCountEqual', [[1], [2]], [[2], [3]])
check('assertCountEqual', 'abc', 'cba')
check('fail', 'boom')
check('fail')
t.longMessage = False
check('assertEqual', 1, 2, msg="only this")
check('assertEqual', 1, 2)
check('assertIn', 1, [], "custom")
t.longMessage = True
print(t.id(), "|", str(t), "|", repr(t), "|", t.shortDescription())
print(t.countTestCases(), t == T(), hash(t) == hash(T()), t != T('runTest'))
print(T.maxDiff, T.longMessage, T.failureException.__name__)
try:
    t.skipTest("why not")
except unittest.SkipTest as e:
    print("SkipTest", e)


class Doc(unittest.TestCase):
    def test_doc(self):
        """  First line of the doc.

        Second line.
        """


print(Doc('test_doc').shortDescription(), Doc('test_doc').id())
