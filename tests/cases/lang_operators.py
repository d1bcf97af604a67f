# Arithmetic and bitwise operators, precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2)
print(2 ** -1, 10 ** 0)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(7 / 2, -7 / 2, 6 / 3)
print(1 - 2 - 3, 100 / 10 / 5)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
print(~5, ~-1, ~0)
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 100)
print(1 + 2 << 3, 1 | 2 ^ 3 & 4)
print(+5, -(-5), +-+5)
print(3 * "ab", [0] * 3, (1,) * 2)
print("a" + "b", [1] + [2], (1,) + (2,))
print(5 > 3 == True)
print(not 1 == 2)
print(2 * 3 % 4, 2 + 3 % 4)
print(-3 ** 2 * 2)
print(10 - 2 ** 3 // 3)
print(1 < 2 and 2 < 3 or False)
print(True + 1.5, 3 + 2j, 2j * 2j)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(divmod(17, 5), divmod(-17, 5))
x = 6
class M:
    def __init__(self, v): self.v = v
    def __matmul__(self, other): return M(self.v * other.v + 1)
    def __rmatmul__(self, other): return M(other * self.v)
    def __imatmul__(self, other):
        self.v = -self.v
        return self
m = M(3) @ M(4)
print(m.v)
print((2 @ M(5)).v)
m @= M(1)
print(m.v)
