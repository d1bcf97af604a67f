# operator: functions for operators, in-place forms, sequence helpers, length_hint, index.
import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(4), op.pos(-4), op.abs(-3.5), op.inv(5), op.invert(0), op.lshift(1, 4), op.rshift(256, 3))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.truth([]), op.truth([0]))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.is_(None, None), op.is_not(1, None), op.index(7), op.concat([1], [2]), op.contains("team", "ea"))
print(op.countOf([1, 2, 1, 1], 1), op.indexOf("hello", "l"), op.getitem({"k": 5}, "k"), op.getitem("abcdef", slice(1, 4)))
lst = [1, 2, 3]
op.setitem(lst, 0, 9)
op.delitem(lst, 1)
print(lst)

a = [1]
b = op.iadd(a, [2])
print(a, b is a)
s = "x"
t = op.iadd(s, "y")
print(s, t)
print(op.imul([0], 3), op.isub(10, 4), op.ior({1}, {2}), op.iand(6, 3), op.ixor(6, 3), op.ipow(3, 3), op.imod(10, 4))
print(op.ifloordiv(9, 2), op.itruediv(9, 2), op.ilshift(1, 3), op.irshift(16, 2), op.iconcat([1], (2,)))

class Matrix:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, other):
        return Matrix(self.v * other.v)
    def __imatmul__(self, other):
        self.v += other.v
        return self
print(op.matmul(Matrix(2), Matrix(3)).v, op.imatmul(Matrix(2), Matrix(3)).v)

class Hint:
    def __length_hint__(self):
        return 7
print(op.length_hint([1, 2]), op.length_hint(Hint()), op.length_hint(iter(range(5))), op.length_hint(object(), 3))
try:
    op.index(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    op.indexOf([1], 2)
except ValueError as e:
    print("ValueError:", e)
try:
    op.concat(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(op.call(max, 3, 9, 4), op.__add__ is op.add, op.__getitem__ is op.getitem)
from functools import reduce
print(reduce(op.mul, range(1, 6)), list(map(op.neg, [1, -2])), sorted(["b", "A", "c"], key=op.methodcaller("lower")))
