# subTest: failures and errors reported per subtest (with their message
# and parameters), nested subtests, failfast, and subtests in an expected
# failure.
import os
import unittest


def is_even(n):
    if not isinstance(n, int):
        raise TypeError("not an int: %r" % (n,))
    return n % 2 == 0


class Parity(unittest.TestCase):
    def test_evens(self):
        for n in (0, 2, 3, 4, 7):
            with self.subTest(n=n):
                self.assertTrue(is_even(n))

    def test_nested(self):
        for group in ("a", "b"):
            with self.subTest("group", name=group):
                for size in (1, 2):
                    with self.subTest(size=size):
                        self.assertNotEqual((group, size), ("b", 2))

    def test_error(self):
        with self.subTest():
            is_even("x")
        print("after the failing subtest")

    @unittest.expectedFailure
    def test_expected(self):
        for n in (1, 2):
            with self.subTest(n=n):
                self.assertEqual(n, 2)
        print("not reached")


class Stream:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
    def flush(self):
        pass


here = os.path.dirname(os.path.abspath(__file__)) + os.sep
for verbosity, failfast in ((2, False), (1, False), (1, True)):
    stream = Stream()
    suite = unittest.TestLoader().loadTestsFromTestCase(Parity)
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity,
                                     failfast=failfast)
    result = runner.run(suite)
    for line in "".join(stream.parts).replace(here, "").splitlines():
        print(line.split(" in ")[0] if line.startswith("Ran ") else line)
    print([str(test) for test, _ in result.failures + result.errors])
    print(result.shouldStop, result.wasSuccessful())
