# time.struct_time: construction, fields, repr, errors, pickling protocol.
import time


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__ + ":", e)


def main():
    st = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0))
    print(st)
    print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, st.tm_wday, st.tm_yday, st.tm_isdst)
    print(st.tm_zone, st.tm_gmtoff, len(st), st[0], st[-1], st[2:5], tuple(st), list(st)[:3])
    print(isinstance(st, tuple), type(st).__name__, type(st).__module__, time.struct_time.__mro__[1:])
    print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
    st2 = time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9, "XYZ", 3600))
    print(st2, st2.tm_zone, st2.tm_gmtoff)
    st3 = time.struct_time([1] * 9, {"tm_zone": "ABC", "tm_gmtoff": -60})
    print(st3.tm_zone, st3.tm_gmtoff, st3 == (1,) * 9, hash(st3) == hash((1,) * 9))
    g = time.gmtime(0)
    print(g.tm_zone, g.tm_gmtoff, g == (1970, 1, 1, 0, 0, 0, 3, 1, 0), g.__reduce__())
    for expr in [
        "time.struct_time((1, 2, 3))", "time.struct_time(list(range(12)))", "time.struct_time(5)",
        "time.struct_time([1] * 9, 5)", "time.struct_time()", "time.gmtime(0).__class__ is time.struct_time",
        "time.struct_time(range(9))",
    ]:
        show(expr)
    try:
        g.tm_year = 5
    except AttributeError as e:
        print("AttributeError:", e)
    print(sorted(g.__reduce__()[1][1].items()))


main()
