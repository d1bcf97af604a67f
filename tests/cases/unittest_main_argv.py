# unittest.main() with explicit argv (-v, -q, -k, -f, test names), exit=False
# and a runner writing to a captured stream; and a usage error (exit 2).
import os
import sys
import unittest


class Stream:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
    def flush(self):
        pass


class Words(unittest.TestCase):
    def test_upper(self):
        self.assertEqual("abc".upper(), "ABC")
    def test_split(self):
        self.assertEqual("a b".split(), ["a", "b"])
    def test_broken(self):
        self.assertEqual("x".center(3), "x")
    def test_title(self):
        self.assertEqual("ab cd".title(), "Ab Cd")


class Numbers(unittest.TestCase):
    def test_abs(self):
        self.assertEqual(abs(-3), 3)


here = os.path.dirname(os.path.abspath(__file__)) + os.sep


def run(*args):
    stream = Stream()

    class Runner(unittest.TextTestRunner):
        def __init__(self, **kw):
            super().__init__(stream=stream, **kw)

    prog = unittest.main(argv=["prog"] + list(args), exit=False,
                         testRunner=Runner, testLoader=unittest.TestLoader())
    print("argv:", " ".join(args), "| verbosity", prog.verbosity,
          "| failfast", prog.failfast, "| patterns", prog.testNamePatterns,
          "| names", prog.testNames)
    for line in "".join(stream.parts).replace(here, "").splitlines():
        print("   ", line.split(" in ")[0] if line.startswith("Ran ") else line)
    r = prog.result
    print("    run", r.testsRun, "ok", r.wasSuccessful())


run("-k", "upper")
run("-k", "*.test_t*e", "-k", "abs", "-v")
run("Numbers")
run("Words.test_split", "Numbers.test_abs")
run("-f", "Words")
run("-q", "-k", "split")
try:
    unittest.main(argv=["prog", "--no-such-option"], exit=False)
except SystemExit as e:
    print("SystemExit", e.code)
