# and/or/not return operands and short-circuit; conditional expressions.
def side(label, value):
    print("eval", label)
    return value

print(1 and 2)
print(0 and 2)
print(1 or 2)
print(0 or 2)
print("" or None)
print([] and 5)
print(not 0, not 1, not "", not "x")
print(side("a", 0) and side("b", 1))
print(side("c", 1) or side("d", 0))
print(side("e", 1) and side("f", 0) or side("g", "last"))
x = 5
print("big" if x > 3 else "small")
print("big" if x > 10 else "small")
print(side("cond", False) if side("test", False) else side("other", "o"))
print(None is None, None is not None)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(side("p", 1) < side("q", 2) < side("r", 0))
print(side("s", 3) < side("t", 2) < side("u", 5))
a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b, 1 in a, 3 not in a)
print(True + True, True * 10, False - 1)
print(True and "yes", False or "no")
v = 0
r = v or "default"
print(r)
print(all([]), any([]), all([1, 1]), any([0, 0, 1]))
print((lambda: 0)() or (lambda: 7)())
print(not not [])
print(1 if 0 else 2 if 0 else 3)
