# Assignment forms: simple, chained, tuple/list unpacking, starred, augmented.
a = b = c = 5
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
[p, q] = "hi"
print(p, q)
(m, (n, o)), r = (1, (2, 3)), 4
print(m, n, o, r)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, t = "abcdef"
print(h, mid, t)
*only, = (7, 8)
print(only)
a, *b, c = 1, 2
print(a, b, c)
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 2; print(n)
n //= 5; print(n)
n **= 3; print(n)
n %= 7; print(n)
n <<= 4; print(n)
n >>= 2; print(n)
n |= 1; print(n)
n &= 6; print(n)
n ^= 15; print(n)
f = 7.0
f /= 2; print(f)
s = "ab"
s *= 3; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(alias, lst is alias)
tup = (1,)
tup2 = tup
tup += (2,)
print(tup, tup2)
d = {}
d["k"] = d.get("k", 0) + 1
d["k"] += 1
print(d)
class O: pass
o = O()
o.v = 1
o.v += 41
print(o.v)
l2 = [0, 0, 0]
i = 0
i, l2[i] = 1, 9
print(i, l2)
x = [1, 2, 3]
x[1:2] = ["a", "b", "c"]
print(x)
x[::2] = [0, 0, 0]
print(x)
