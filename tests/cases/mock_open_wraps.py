"""unittest.mock: mock_open, and mocks used inside unittest test cases."""
import io
import re
import unittest
from unittest.mock import mock_open, patch, call, Mock, MagicMock


def r(obj):
    return re.sub(r" id='\d+'", "", repr(obj))


m = mock_open(read_data="line one\nline two\nlast")
with patch("builtins.open", m):
    with open("/no/such/file") as fh:
        print(repr(fh.read()))
    with open("/no/such/file") as fh:
        print([fh.readline(), fh.readline()], fh.readlines())
    with open("/no/such/file") as fh:
        print([line for line in fh])
    with open("/no/such/file", "w") as out:
        print(out.write("data"))
print(r(m), m.call_count, m.call_args)
print(m.mock_calls[:4])
handle = m()
handle.write.assert_called_once_with("data")
print(m.return_value is handle, r(handle.read), handle.readline.call_count)

b = mock_open(read_data=b"\x00\x01bytes")
with patch("builtins.open", b):
    with open("f", "rb") as fh:
        print(fh.read(2), fh.read())
plain = mock_open()
print(repr(plain().read()), plain().readlines(), r(plain))


class Repository:
    def __init__(self, db):
        self.db = db

    def names(self):
        rows = self.db.query("select name")
        return sorted(row["name"] for row in rows)

    def save(self, name):
        self.db.insert("people", name=name)
        self.db.commit()


class RepositoryTests(unittest.TestCase):
    def setUp(self):
        self.db = Mock()
        self.repo = Repository(self.db)

    def test_names(self):
        self.db.query.return_value = [{"name": "b"}, {"name": "a"}]
        self.assertEqual(self.repo.names(), ["a", "b"])
        self.db.query.assert_called_once_with("select name")

    def test_save_order(self):
        self.repo.save("zed")
        self.assertEqual(self.db.mock_calls, [call.insert("people", name="zed"), call.commit()])

    @patch.object(Repository, "names", return_value=["x"])
    def test_patched_method(self, names):
        self.assertEqual(self.repo.names(), ["x"])
        names.assert_called_once_with()

    def test_failure_message(self):
        self.repo.save("amy")
        with self.assertRaises(AssertionError) as cm:
            self.db.insert.assert_called_with("people", name="bob")
        print(str(cm.exception))


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(RepositoryTests))
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
