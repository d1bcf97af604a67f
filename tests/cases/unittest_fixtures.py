# Fixtures: setUp/tearDown, setUpClass/tearDownClass, setUpModule/
# tearDownModule, addCleanup/addClassCleanup/addModuleCleanup and what is
# reported when they fail.
import os
import unittest

log = []

def setUpModule():
    log.append("setUpModule")
    unittest.addModuleCleanup(log.append, "module cleanup")
def tearDownModule():
    log.append("tearDownModule")

class Resource:
    def __enter__(self):
        log.append("enter resource")
        return "res"
    def __exit__(self, *exc):
        log.append("exit resource")

class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("A.setUpClass")
        cls.addClassCleanup(log.append, "A class cleanup")
    @classmethod
    def tearDownClass(cls):
        log.append("A.tearDownClass")
    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup " + self._testMethodName)
    def tearDown(self):
        log.append("tearDown " + self._testMethodName)
        if self._testMethodName == "test_2_teardown_fails":
            raise RuntimeError("tearDown broke")
    def test_1_context(self):
        self.assertEqual(self.enterContext(Resource()), "res")
    def test_2_teardown_fails(self):
        log.append("body 2")
    def test_3_cleanup_fails(self):
        def bad():
            raise OSError("cleanup broke")
        self.addCleanup(bad)
        log.append("doCleanups: %s" % self.doCleanups())

class B(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("B.setUpClass")
        raise ValueError("no database")
    def test_never_runs(self):
        log.append("B.test")

class C(unittest.TestCase):
    def setUp(self):
        self.addCleanup(log.append, "C cleanup after failed setUp")
        raise unittest.SkipTest("skipped from setUp")
    def test_skipped(self):
        log.append("C.test")

class Stream:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
    def flush(self):
        pass

loader = unittest.TestLoader()
suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in (A, B, C))
stream = Stream()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
here = os.path.dirname(os.path.abspath(__file__)) + os.sep
for line in "".join(stream.parts).replace(here, "").splitlines():
    print(line.split(" in ")[0] if line.startswith("Ran ") else line)
print("\n".join(log))
print(result.testsRun, len(result.errors), len(result.skipped))
