# What `except Exception` does and does not catch; SystemExit and KeyboardInterrupt handling.
import sys
for exc in [SystemExit(2), KeyboardInterrupt(), GeneratorExit(), ValueError()]:
    try:
        try:
            raise exc
        except Exception:
            print(type(exc).__name__, "caught by Exception")
    except BaseException as b:
        print(type(b).__name__, "only caught by BaseException")
try:
    sys.exit(5)
except SystemExit as e:
    print("sys.exit raised SystemExit with code", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("code", e.code)
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code", e.code, e.args)
try:
    exit_fn = sys.exit
    exit_fn(0)
except SystemExit as e:
    print("code", e.code)
def catch_all():
    try:
        raise KeyboardInterrupt
    except:
        return "bare except catches everything"
print(catch_all())
try:
    raise StopIteration
except Exception as e:
    print("StopIteration is an Exception", type(e).__name__)
try:
    raise ArithmeticError("base class raised directly")
except (ZeroDivisionError, OverflowError):
    print("no")
except ArithmeticError as e:
    print("ArithmeticError:", e)
excs = (KeyError, IndexError)
try:
    [][1]
except excs as e:
    print("tuple variable:", type(e).__name__)
