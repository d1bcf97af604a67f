# Walking a traceback: frame names and line numbers of each level.
def a():
    b()
def b():
    c()
def c():
    raise ValueError("deep error")
try:
    a()
except ValueError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
def reraiser():
    try:
        c()
    except ValueError as e:
        raise RuntimeError("wrapped") from e
try:
    reraiser()
except RuntimeError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    tb = e.__cause__.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
e = ValueError("no traceback yet")
print(e.__traceback__)
