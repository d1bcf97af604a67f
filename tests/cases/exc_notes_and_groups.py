# add_note and nested exception groups with split/derive.
try:
    try:
        raise ValueError("bad value")
    except ValueError as e:
        e.add_note("while parsing line 3")
        e.add_note("in file config.ini")
        raise
except ValueError as e:
    print(e, e.__notes__)
try:
    ValueError("x").add_note(42)
except TypeError as e:
    print("TypeError:", e)
eg = ExceptionGroup("batch", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
vals, rest = eg.split(ValueError)
print(repr(vals))
print(repr(rest))
print(eg.subgroup(lambda e: isinstance(e, KeyError)))
handled = []
try:
    raise eg
except* ValueError as g:
    handled.append(("value", len(g.exceptions)))
except* (TypeError, KeyError) as g:
    handled.append(("type/key", repr(g)))
print(handled)
def leaves(g):
    for e in g.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from leaves(e)
        else:
            yield repr(e)
print(list(leaves(eg)))
