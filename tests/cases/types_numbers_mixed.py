# Mixed numeric tower: int/float/complex/bool arithmetic and result types.
vals = [True, 3, 2.5, 1 + 1j]
for a in vals:
    row = []
    for b in vals:
        row.append(type(a + b).__name__)
    print(type(a).__name__, row)
print(3 * 2.0, 3 + True, 2.5 * (1 + 1j), 7 // 2.0, 7 % True, True / True)
print(1 == 1.0 == (1 + 0j) == True, 0.5 == 1 / 2, 10 ** 20 == 1e20, 10 ** 23 == 1e23)
print(1 < 1.5 < 2, -1 < True, float(2 ** 60) == 2 ** 60, 2 ** 60 + 1 == float(2 ** 60 + 1))
print(int(3.0) == 3, float(3) == 3.0, complex(3) == 3, hash(3) == hash(3.0) == hash(3 + 0j))
print(sum([1, 2.5, True]), sum([1j, 1]), max(1, 2.5, True), min(-1, -1.5), abs(-2.5) + abs(-2))
print(round(2.5) + round(3.5), divmod(7.0, 2), pow(2, 0.5) == 2 ** 0.5, 2 ** -2, (-1) ** 0.5)
print(isinstance(1, (int, float)), isinstance(1.0, int), isinstance(True, float))
print(0.1 + 0.2, 1 / 3 + 1 / 3 + 1 / 3, 3 * 0.1, 100 * 1.1)
