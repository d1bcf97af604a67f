# warnings.catch_warnings record objects, showwarning override, stacklevel, warn_explicit, resetwarnings.
import warnings

def deprecated_api():
    warnings.warn("deprecated_api is old", DeprecationWarning, stacklevel=2)
    return 1

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    deprecated_api()
    deprecated_api()
    rec = w[0]
    print(len(w), rec.category.__name__, str(rec.message), rec.filename.endswith("warnings_catch.py"), rec.lineno)
    print(isinstance(rec.message, DeprecationWarning), rec.line, rec.file)

seen = []
def collector(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__, lineno))
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = collector
    warnings.warn("to collector")
    warnings.warn("with level", UserWarning, stacklevel=1)
print(seen)
print(warnings.showwarning is not collector)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn_explicit("explicit", UserWarning, "virtual.py", 77, module="virt")
    warnings.warn_explicit(SyntaxWarning("sx"), None, "v2.py", 3)
print([(str(x.message), x.category.__name__, x.filename, x.lineno) for x in w])

with warnings.catch_warnings(record=True, action="ignore") as w:
    warnings.warn("ignored")
print(len(w))

class MyWarning(UserWarning):
    pass
with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    warnings.simplefilter("ignore", UserWarning)
    warnings.simplefilter("always", MyWarning)
    warnings.warn("mine", MyWarning)
    warnings.warn("plain user")
print([x.category.__name__ for x in w])

cm = warnings.catch_warnings()
print(repr(cm), repr(warnings.catch_warnings(record=True)))
with cm:
    pass
try:
    with cm:
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("module")
    for _ in range(3):
        warnings.warn("per module")
print(len(w))
print(str(warnings.WarningMessage("m", UserWarning, "f.py", 2))[:40])
