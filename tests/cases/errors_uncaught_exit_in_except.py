# sys.exit inside an except block exits with the given status, no traceback.
import sys
try:
    1 / 0
except ZeroDivisionError:
    print("cannot divide; exiting with 2")
    sys.exit(2)
