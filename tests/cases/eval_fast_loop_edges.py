# fast-loop edge cases
def f():
    a = [1, 2, 3]
    t = (4, 5)
    out = []
    for i in range(-4, 4):
        try:
            out.append(a[i])
        except IndexError as e:
            out.append(str(e))
        try:
            out.append(t[i])
        except IndexError as e:
            out.append(str(e))
    for i in range(-4, 4):
        try:
            a[i] = i * 10
        except IndexError as e:
            out.append(str(e))
    out.append(a)
    for x, y in [(1, 2), [3, 4]]:
        out.append(x - y)
    for p in [(1, 2, 3), (1,)]:
        try:
            x, y = p
        except ValueError as e:
            out.append(str(e))
    s = 0.0
    for k in range(5):
        s += 2.0 ** k + k ** 0.5 + (k + 0.5) ** -1.5
    out.append(s)
    for b in [2.0, -8.0, 0.0, 1e308]:
        for e in [0.5, 2, -1, 3.0, 1e10]:
            try:
                out.append(b ** e)
            except (ZeroDivisionError, OverflowError) as ex:
                out.append(type(ex).__name__)
    n = 0
    while n < 10:
        n += 3
    g = 0
    for i in range(5):
        g += len(out) + abs(-i)
    l2 = [[0] * 3 for _ in range(3)]
    for i in range(3):
        for j in range(3):
            l2[i][j] += i * j
            l2[i][j] -= 1
    out.append(l2)
    class L(list):
        def __getitem__(self, i): return 'sub'
    sl = L([1, 2])
    for i in range(2):
        out.append(sl[i])
    return out, n, g
print(f())
