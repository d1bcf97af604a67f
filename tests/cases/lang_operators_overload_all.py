# Every binary operator dispatches to its dunder; reflected forms; in-place forms.
class R:
    def __init__(self, log): self.log = log
    def _op(name):
        def method(self, other=None):
            self.log.append(name)
            return name
        return method
    for _n in ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "xor", "or",
               "radd", "rsub", "rmul", "rmatmul", "rtruediv", "rfloordiv", "rmod", "rpow", "rlshift", "rrshift", "rand", "rxor", "ror",
               "iadd", "isub", "imul", "imatmul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift", "irshift", "iand", "ixor", "ior",
               "neg", "pos", "invert", "lt", "le", "eq", "ne", "gt", "ge"]:
        locals()["__%s__" % _n] = _op("__%s__" % _n)
    del _n
log = []
r = R(log)
results = [r + 1, r - 1, r * 1, r @ 1, r / 1, r // 1, r % 1, r ** 1, r << 1, r >> 1, r & 1, r ^ 1, r | 1]
results += [1 + r, 1 - r, 1 * r, 1 @ r if False else r.__rmatmul__(1), 1 / r, 1 // r, 1 % r, 1 ** r, 1 << r, 1 >> r, 1 & r, 1 ^ r, 1 | r]
results += [-r, +r, ~r, r < 1, r <= 1, r == 1, r != 1, r > 1, r >= 1]
print(len(results), results == log)
x = R(log)
log.clear()
x += 1; x = R(log); x -= 1; x = R(log); x *= 1; x = R(log); x @= 1; x = R(log); x /= 1; x = R(log); x //= 1
x = R(log); x %= 1; x = R(log); x **= 1; x = R(log); x <<= 1; x = R(log); x >>= 1; x = R(log); x &= 1; x = R(log); x ^= 1; x = R(log); x |= 1
print(log)
