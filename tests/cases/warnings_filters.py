# warnings: default once-per-location printing, filters (ignore/error/always/once/module), formatwarning.
import sys
import warnings

class Capture:
    def __init__(self):
        self.text = ""
    def write(self, s):
        self.text += s
    def flush(self):
        pass

cap = Capture()
real_stderr = sys.stderr
sys.stderr = cap

def emit(msg, cat=UserWarning):
    warnings.warn(msg, cat)

try:
    for i in range(3):
        emit("repeated")
    emit("other", RuntimeWarning)
    warnings.warn("direct", stacklevel=1)
    warnings.warn(DeprecationWarning("deprecated in main"))
finally:
    sys.stderr = real_stderr
lines = [l.split(": ", 1)[1] if ": " in l else l for l in cap.text.splitlines() if not l.startswith("  ")]
print(lines)
print(cap.text.count("repeated"), [l.split(":")[0].endswith(".py") for l in cap.text.splitlines() if not l.startswith(" ")])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for i in range(2):
        warnings.warn("again", UserWarning)
    warnings.warn("as bytes", BytesWarning)
print([(str(w.message), w.category.__name__) for w in log])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", type(e).__name__, e)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", message="keep")
    warnings.warn("keep me")
    warnings.warn("drop me")
    warnings.filterwarnings("error", category=FutureWarning)
    try:
        warnings.warn("future", FutureWarning)
    except FutureWarning:
        print("FutureWarning raised")
print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for _ in range(3):
        warnings.warn("only once")
    warnings.simplefilter("default")
print(len(log))

print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 10, "code line")))
print(repr(warnings.formatwarning("m2", SyntaxWarning, "f.py", 1, "")))
try:
    warnings.warn("x", category=int)
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError:", e)
print(warnings.filters[:2] != [], type(warnings.filters).__name__)
