# sys.argv for `python3 NAME.py`, and sys.exit(0) ending the program with status 0.
import sys
print(len(sys.argv), sys.argv[0])
print(__name__)
try:
    sys.exit(0)
except SystemExit as e:
    print("caught exit with", e.code)
print("before real exit")
sys.exit(0)
print("never printed")
