# ExceptionGroup and except* (Python 3.11).
eg = ExceptionGroup("several", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(repr(eg), str(eg), eg.message, len(eg.exceptions), type(eg).__name__)
try:
    raise eg
except* ValueError as group:
    print("ValueErrors:", [str(e) for e in group.exceptions], type(group).__name__)
except* TypeError as group:
    print("TypeErrors:", [str(e) for e in group.exceptions])
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), OSError("o")])
    except* KeyError:
        print("handled KeyError part")
except ExceptionGroup as rest:
    print("unhandled rest:", [type(e).__name__ for e in rest.exceptions])
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked exception wrapped:", type(g).__name__, [str(e) for e in g.exceptions])
match, rest = eg.split(ValueError)
print([str(e) for e in match.exceptions], [str(e) for e in rest.exceptions])
sub = eg.subgroup(lambda e: isinstance(e, TypeError))
print([str(e) for e in sub.exceptions], eg.subgroup(KeyError))
nested = ExceptionGroup("top", [ValueError("a"), ExceptionGroup("inner", [TypeError("b")])])
print(repr(nested))
bg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(bg).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print("ValueError:", e)
