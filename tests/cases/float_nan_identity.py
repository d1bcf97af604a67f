# NaNs made by float('nan') are distinct values with their own identity (as CPython's NaN objects): dict and list lookups, sets, and the canonical bytes in struct and pickle.
import math, struct, pickle
a = float("nan"); b = float("nan"); c = float("-nan")
print(a is a, a is b, a == a, a != b, {a: 1}.get(a), {a: 1}.get(b), a in [a], b in [a], math.isnan(a))
print(struct.pack(">d", a), struct.pack(">d", c), struct.pack("<f", b), pickle.dumps(a, 2), pickle.dumps(c, 4)[-9:])
print(math.copysign(1, c), repr(a), str(c), a.hex(), float(a) is a, math.nan is math.nan)
d = {a: "x", b: "y"}; print(len(d), d[a], d[b], len({a, b, a}), len(set([float("nan")] * 3)))
x = pickle.loads(pickle.dumps(a)); print(math.isnan(x), x is a)
print([float("nan")].count(float("nan")), (a,) == (a,), [a] == [a], [a] == [b])
