# Assignment expressions (:=) in various contexts.
data = [1, 5, 12, 7, 30, 2]
if (n := len(data)) > 4:
    print("long list", n)
big = [y for x in data if (y := x * 2) > 10]
print(big, y)
values = iter([3, 2, 1, 0, 9])
while (v := next(values)) != 0:
    print("got", v)
print("stopped at", v)
def f(x):
    return (z := x + 1) * z
print(f(3))
total = 0
print([total := total + x for x in range(5)], total)
print((a := 10) + a)
def g():
    [w := i for i in range(3)]
    return w
print(g())
m = None
if (m := "abc") and len(m) == 3:
    print("matched", m)
print(any((hit := x) > 10 for x in data), hit)
