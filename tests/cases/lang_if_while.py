# if/elif/else, while/else, break, continue, pass, truthiness.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for v in (-5, 0, 3, 42):
    print(v, classify(v))

for value in (0, 1, "", "a", [], [0], {}, {1: 2}, None, 0.0, 0j, set(), (), range(0), range(1)):
    if value:
        print(repr(value), "truthy")
    else:
        print(repr(value), "falsy")

i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("loop", i)
else:
    print("while finished normally")

i = 0
while True:
    i += 1
    if i > 3:
        break
else:
    print("never printed")
print("broke at", i)

n = 0
while n < 3:
    n += 1
    pass
print("n", n)

x = 5
if x > 3: print("one-line if")
while x > 0: x -= 2
print("x", x)

def f(): pass
print(f())
if not []:
    print("empty list is falsy")
if 0 < x or x < -100:
    print("or branch")
else:
    print("else branch")
