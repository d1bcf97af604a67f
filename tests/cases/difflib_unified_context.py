# difflib.unified_diff and context_diff: headers, dates, context size,
# lineterm, empty diffs, diff_bytes and type errors.
import difflib

a = 'one two three four'.split()
b = 'zero one tree four'.split()
for line in difflib.unified_diff(a, b, 'Original', 'Current',
                                 '2005-01-26 23:30:50', '2010-04-02 10:20:52',
                                 lineterm=''):
    print(line)
print(''.join(difflib.context_diff('one\ntwo\nthree\nfour\n'.splitlines(True),
                                   'zero\none\ntree\nfour\n'.splitlines(True),
                                   'Original', 'Current')), end="")

old = ["line %d\n" % i for i in range(1, 21)]
new = old[:]
new[2] = "line three\n"
del new[9:11]
new.insert(15, "inserted\n")
new.append("the end\n")
for n in (3, 1, 0):
    print("--- n =", n)
    print(''.join(difflib.unified_diff(old, new, "a.txt", "b.txt", n=n)), end="")
print(''.join(difflib.context_diff(old, new, "a.txt", "b.txt", n=1)), end="")
print(''.join(difflib.context_diff(["x\n"], [], n=0)), end="")
print(''.join(difflib.unified_diff([], ["new\n", "file\n"], "/dev/null", "f")), end="")
print(''.join(difflib.unified_diff(["gone\n"], [], "f", "/dev/null")), end="")
print(list(difflib.unified_diff(old, old)), list(difflib.context_diff([], [])))
print(list(difflib.unified_diff(["a"], ["b"], lineterm="")))
print(list(difflib.context_diff(["a"], ["b"], lineterm="")))
for bad in ((["a"], [b"b"]), ([1], ["x"])):
    try:
        list(difflib.unified_diff(*bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    list(difflib.unified_diff(["a"], ["b"], fromfile=5))
except TypeError as e:
    print("TypeError:", e)
out = difflib.diff_bytes(difflib.unified_diff, [b"cafe au lait\n", b"same\n"],
                         [b"cafe\n", b"same\n"], b"old", b"new")
print(list(out))
try:
    list(difflib.diff_bytes(difflib.unified_diff, ["a"], ["b"]))
except TypeError as e:
    print("TypeError:", e)
