# TestLoader (names, prefixes, patterns, loading by name and from modules),
# TestSuite and FunctionTestCase.
import sys
import types
import unittest

mod = types.ModuleType("shapes_tests")
exec('''
import unittest
class Square(unittest.TestCase):
    def test_area(self): pass
    def test_Perimeter(self): pass
    def testDiagonal(self): pass
    def check_sides(self): pass
    test_not_callable = 5
class Circle(unittest.TestCase):
    def runTest(self): pass
class NotATest:
    def test_x(self): pass
def load_list():
    return unittest.TestSuite([Square("test_area")])
''', mod.__dict__)
sys.modules["shapes_tests"] = mod
loader = unittest.TestLoader()
print(loader.getTestCaseNames(mod.Square))
suite = loader.loadTestsFromModule(mod)
print(suite.countTestCases(), [t.id() for s in suite for t in s])
loader.testMethodPrefix = "check"
print(loader.getTestCaseNames(mod.Square))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = None
print(sorted(loader.getTestCaseNames(mod.Square)))
loader.sortTestMethodsUsing = lambda a, b: (len(a) > len(b)) - (len(a) < len(b))
print(loader.getTestCaseNames(mod.Square))
loader = unittest.TestLoader()
loader.testNamePatterns = ["*area*", "*Diag*"]
print(loader.getTestCaseNames(mod.Square))
for name in ["shapes_tests.Square.test_area", "shapes_tests.Circle",
             "shapes_tests.load_list", "shapes_tests"]:
    s = unittest.defaultTestLoader.loadTestsFromName(name)
    print(name, s.countTestCases())
s = unittest.defaultTestLoader.loadTestsFromNames(["Square", "Circle"], mod)
print(s.countTestCases(), len(list(s)))
loader = unittest.TestLoader()
bad = loader.loadTestsFromName("Square.test_nothing", mod)
test = list(bad)[0]
print(type(test).__name__, test.id(), len(loader.errors))
print(loader.errors[0].splitlines()[0])
result = unittest.TestResult()
bad.run(result)
print(result.errors[0][1].splitlines()[-1])
try:
    unittest.defaultTestLoader.loadTestsFromName("NotATest.test_x", mod)
except TypeError as e:
    print("TypeError:", e)
suite = unittest.TestSuite()
suite.addTest(mod.Square("test_area"))
suite.addTests([mod.Circle(), mod.Square("testDiagonal")])
print(suite, suite.countTestCases())
print(suite == unittest.TestSuite(list(suite)))
for bad_arg in (mod.Square, "abc", 5):
    try:
        suite.addTests([bad_arg]) if bad_arg != "abc" else suite.addTests(bad_arg)
    except TypeError as e:
        print("TypeError:", e)
r = unittest.TestResult()
suite.run(r)
print(r, suite.countTestCases(), list(suite))

def check_numbers():
    """Checks numbers.

    More text."""
    assert 2 + 2 == 4
ft = unittest.FunctionTestCase(check_numbers)
print(ft, "|", ft.id(), "|", ft.shortDescription(), "|", repr(ft)[:40])
r = unittest.TestResult()
ft.run(r)
print(r.wasSuccessful(), r.testsRun)
