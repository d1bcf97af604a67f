# An exception group that escapes a try/except* statement: the traceback
# printed for an uncaught group, with what the handler raised nested inside.
def load(names):
    errors = []
    for n in names:
        try:
            if n.startswith("x"):
                raise ValueError(f"bad name {n!r}")
            if n.isdigit():
                raise TypeError(f"number {n}")
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("load failed", errors)


def run():
    try:
        load(["a", "x1", "7", "x2"])
    except* TypeError as g:
        print("numbers:", [str(e) for e in g.exceptions])
        raise KeyError("while reporting")


import os, traceback
here = os.path.dirname(os.path.abspath(__file__)) + os.sep
try:
    run()
except BaseException as e:
    print("".join(traceback.format_exception(e)).replace(here, ""))
run()  # uncaught this time: the interpreter prints the same boxes
