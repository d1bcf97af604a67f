"""A unittest suite for a small library (a stack-based calculator), run in-process."""
import io
import re
import sys
import unittest


class CalcError(Exception):
    pass


def rpn(expr):
    stack = []
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
           "*": lambda a, b: a * b, "/": lambda a, b: a / b}
    for tok in expr.split():
        if tok in ops:
            if len(stack) < 2:
                raise CalcError(f"not enough operands for {tok!r}")
            b, a = stack.pop(), stack.pop()
            try:
                stack.append(ops[tok](a, b))
            except ZeroDivisionError:
                raise CalcError("division by zero") from None
        else:
            try:
                stack.append(float(tok) if "." in tok else int(tok))
            except ValueError:
                raise CalcError(f"bad token {tok!r}")
    if len(stack) != 1:
        raise CalcError(f"{len(stack)} values left")
    return stack[0]


class TestRPN(unittest.TestCase):
    def setUp(self):
        self.cases = {"1 2 +": 3, "2 3 4 * +": 14, "10 4 -": 6, "1.5 2 *": 3.0}

    def test_values(self):
        for expr, want in self.cases.items():
            with self.subTest(expr=expr):
                self.assertEqual(rpn(expr), want)

    def test_division(self):
        self.assertAlmostEqual(rpn("1 3 /"), 0.3333333, places=6)

    def test_errors(self):
        with self.assertRaisesRegex(CalcError, "not enough"):
            rpn("1 +")
        with self.assertRaises(CalcError) as cm:
            rpn("1 0 /")
        self.assertIn("zero", str(cm.exception))
        self.assertRaises(CalcError, rpn, "1 2")

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(rpn("2 2 ^"), 4)

    @unittest.skip("not implemented")
    def test_unary(self):
        pass

    def test_failing_on_purpose(self):
        self.assertEqual(rpn("2 2 +"), 5, "arithmetic is hard")


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
prog = unittest.main(argv=["calc"], exit=False, testRunner=runner)
text = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in X.XXXs", stream.getvalue())
text = re.sub(r'File ".*?", line \d+', 'File "...", line N', text)
print(text)
r = prog.result
print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped), len(r.expectedFailures), r.wasSuccessful())
