# dis: only that it runs and names instructions (the listings themselves
# differ from CPython's, whose bytecode is not Baton's).
import dis


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def text(self):
        return "".join(self.parts)


def f(x):
    def inner(y):
        return x + y
    return inner(1)


class C:
    def method(self):
        return 42


out = Collect()
dis.dis(f, file=out)
t = out.text()
print("RETURN_VALUE" in t, "Disassembly of <code object inner" in t)
out = Collect()
dis.dis(C, file=out)
print("Disassembly of method:" in out.text(), "RETURN_VALUE" in out.text())
out = Collect()
dis.dis("a = 1 + 2", file=out)
print("RETURN_VALUE" in out.text())
out = Collect()
dis.dis(C().method, file=out)
print("RETURN_VALUE" in out.text())
print(dis.opname[dis.opmap["RETURN_VALUE"]], len(dis.opname), "LOAD_CONST" in dis.opmap)
info = dis.code_info(f)
print(info.splitlines()[0], "Argument count:    1" in info)
try:
    dis.dis(42, file=out)
except TypeError as e:
    print("TypeError:", e)
