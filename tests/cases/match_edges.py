# match edge cases: defaultdict lookups use .get (no new keys), duplicate
# keys found at run time, str is not a sequence, star captures are lists,
# names bound by a failed case stay unbound, nested or-patterns, walrus in guards.
from collections import defaultdict, OrderedDict


class K:
    A = "a"
    B = "a"


dd = defaultdict(list, {"a": 1})
match dd:
    case {"a": 1, "zzz": _}:
        print("no")
    case {"a": v}:
        print("found", v, sorted(dd))

try:
    match {"a": 1}:
        case {K.A: 1, K.B: 1}:
            print("no")
except ValueError as e:
    print("ValueError:", e)

match "abc":
    case [*chars]:
        print("str matched as sequence?!", chars)
    case str():
        print("str is not a sequence pattern subject")

match (1, 2, 3, 4):
    case (first, *rest):
        print(type(rest).__name__, rest)

match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print(a + b + c + d)

match OrderedDict(x=1, y=2, z=3):
    case {"y": 2, **rest}:
        print(type(rest).__name__, rest)


def first_case_fails():
    match [1, 2]:
        case [x, 3]:
            return x
        case [y, _]:
            try:
                return x
            except NameError as e:
                return f"x unbound ({type(e).__name__}), y={y}"


print(first_case_fails())

for v in [(1, (2, 3)), (1, [4, 5]), (1, 6)]:
    match v:
        case (1, (2 | 4, b) | b):
            print("b =", b)

data = [3, 8, 1]
match data:
    case [*_, last] if (doubled := last * 2) > 1:
        print("last doubled", doubled)

match 5:
    case x if x > 10:
        print("big")
    case x:
        print("fallback binds x =", x)

# A case body can break/continue/return normally.
for i in range(5):
    match i:
        case 1:
            continue
        case 3:
            break
    print("i", i)

match {"a": [1, {"b": (2, 3)}]}:
    case {"a": [1, {"b": (2, *tail)}]}:
        print("tail", tail)

match 0.0:
    case -0.0:
        print("0.0 matches -0.0 (==)")

match 1:
    case True:
        print("1 is not True")
    case 1.0:
        print("1 == 1.0")
for x in [{-0-0j: 5}, {1+2j: 3}, {(1-2j): 4}]:
    match x:
        case {-0-0j: v}:
            print("zero", v)
        case {1+2j: v}:
            print("a", v)
        case {1-2j: v}:
            print("b", v)
x = [[{0: 0}]]
match x:
    case list([({-0-0j: int(real=0+0j, imag=0-0j) | (1) as z},)]):
        print("z", z)
try:
    compile("match x:\n    case {1+2j: a, 1+2j: b}: pass\n", "<s>", "exec")
except SyntaxError as e:
    print(e.msg)
for src in ["{1+0j: a, 1: b}", "{-0.0: a, 0-0j: b}", "{2j: a, 0+2j: b}"]:
    try:
        compile("match x:\n    case " + src + ": pass\n", "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg)
