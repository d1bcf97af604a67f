# Evaluation order of operands, arguments, subscripts and assignments.
def t(label, value=None):
    print("eval", label)
    return value if value is not None else label

print(t("a") + t("b"))
print(t("f", print)(t("arg1"), t("arg2"), sep=t("sep", "|")))
d = {t("k1"): t("v1"), t("k2"): t("v2")}
print(d)
lst = [t("x"), t("y")]
t("obj", lst)[t("idx", 0)] = t("rhs")
print(lst)
x = [0, 0]
x[t("i", 1)], x[t("j", 0)] = t("first"), t("second")
print(x)
print(t("l", 1) < t("m", 2))
print([t("c%d" % i) for i in range(2)])
class A:
    pass
a = A()
t("target", a).attr = t("value", 5)
print(a.attr)
print(t("cond", True) and t("right"))
print(t("base", 2) ** t("exp", 3))
print(t("s", "abc")[t("start", 1):t("stop", 2)])
def kw(**k): return sorted(k.items())
print(kw(b=t("B"), a=t("A")))
print(f"{t('fa')}{t('fb')}")
p = q = t("chained")
print(p, q)
