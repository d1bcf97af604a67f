eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
eg.add_note("note")
try:
    try:
        raise eg
    except* ValueError:
        raise
except BaseException as e:
    print(repr(e), e is eg, getattr(e, '__notes__', None))
m, r = eg.split(ValueError)
print(m.__notes__ is eg.__notes__, m.__traceback__ is eg.__traceback__)
try:
    try:
        raise eg
    except* (ValueError, TypeError):
        raise
except BaseException as e:
    print(repr(e), e is eg)
try:
    try:
        raise eg
    except* ValueError:
        pass
except BaseException as e:
    print(repr(e), e is eg)
