# A small library and its test suite, run by unittest's TextTestRunner with
# passing, failing, erroring, skipped and expected-failure tests.
import os
import unittest


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, count=1):
        if count <= 0:
            raise ValueError("count must be positive")
        self.items[name] = self.items.get(name, 0) + count

    def remove(self, name):
        if name not in self.items:
            raise KeyError(name)
        self.items[name] -= 1

    def total(self):
        return sum(self.items.values())


class InventoryTest(unittest.TestCase):
    def setUp(self):
        self.inv = Inventory()
        self.inv.add("apple", 3)

    def test_add(self):
        self.inv.add("pear")
        self.assertEqual(self.inv.total(), 4)

    def test_add_bad_count(self):
        with self.assertRaises(ValueError):
            self.inv.add("plum", 0)

    def test_total_wrong(self):
        self.assertEqual(self.inv.total(), 5)

    def test_remove_missing(self):
        self.inv.remove("kiwi")

    @unittest.skip("not implemented yet")
    def test_export(self):
        pass

    @unittest.skipUnless(False, "needs a database")
    def test_database(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(self.inv.items, {"apple": 4})

    @unittest.expectedFailure
    def test_fixed_bug(self):
        self.assertIn("apple", self.inv.items)


class Stream:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass


here = os.path.dirname(os.path.abspath(__file__)) + os.sep
for verbosity in (1, 2):
    stream = Stream()
    suite = unittest.TestLoader().loadTestsFromTestCase(InventoryTest)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    for line in "".join(stream.parts).replace(here, "").splitlines():
        print(line.split(" in ")[0] if line.startswith("Ran ") else line)
    print(result.testsRun, len(result.failures), len(result.errors),
          len(result.skipped), len(result.expectedFailures),
          len(result.unexpectedSuccesses), result.wasSuccessful())
