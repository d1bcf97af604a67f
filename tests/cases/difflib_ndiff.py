# difflib.ndiff and Differ: line deltas with intraline "?" guides, tabs,
# junk filters, and restore().
import difflib

text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
result = list(difflib.Differ().compare(text1, text2))
print("".join(result), end="")
print(result[3:5])

diff = list(difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True),
                          'ore\ntree\nemu\n'.splitlines(keepends=True)))
print("".join(diff), end="")
print("".join(difflib.restore(diff, 1)), end="")
print("".join(difflib.restore(diff, 2)), end="")
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print("ValueError:", e)

d = difflib.Differ()
print(list(d._fancy_replace(['abcDefghiJkl\n'], 0, 1, ['abcdefGhijkl\n'], 0, 1)))
print(list(d._qformat('\tabcDefghiJkl\n', '\tabcdefGhijkl\n',
                      '  ^ ^  ^      ', '  ^ ^  ^      ')))

a = ["def f(x):\n", "    return x + 1\n", "\n", "# helper\n", "print(f(2))\n"]
b = ["def f(x, y=0):\n", "    return x + y + 1\n", "\n", "print(f(2))\n", "print(f(3))\n"]
print("".join(difflib.ndiff(a, b)), end="")
print("".join(difflib.ndiff(a, b, linejunk=difflib.IS_LINE_JUNK, charjunk=None)), end="")
print("".join(difflib.ndiff(["\tindented line\n"], ["\tindented  lines\n"])), end="")
print("".join(difflib.ndiff(["aaa\n", "bbb\n"], ["xyz\n"])), end="")
print("".join(difflib.ndiff(["same\n", "x\n"], ["same\n", "same\n", "y\n"])), end="")
print("".join(difflib.ndiff([], ["only new\n"])), end="")
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #   \n"),
      difflib.IS_LINE_JUNK("hello\n"), difflib.IS_LINE_JUNK("# # \n"))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("\t"),
      difflib.IS_CHARACTER_JUNK("\n"), difflib.IS_CHARACTER_JUNK("x"))
