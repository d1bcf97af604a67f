# Matrix operations with lists: multiply, transpose, determinant (fractions-free), identity, power.
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))
def matpow(m, p):
    result = identity(len(m))
    while p:
        if p & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        p >>= 1
    return result
a = [[1, 2], [3, 4]]
b = [[5, 6, 7], [8, 9, 10]]
print(matmul(a, b), transpose(b), det(a), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]))
fib = matpow([[1, 1], [1, 0]], 100)
print(fib[0][1])
m = [[(i * 7 + j * 3) % 11 for j in range(5)] for i in range(5)]
for row in m:
    print(row)
print(det(m), [sum(c) for c in transpose(m)], sum(m[i][i] for i in range(5)))
print(matmul(identity(3), [[1], [2], [3]]))
