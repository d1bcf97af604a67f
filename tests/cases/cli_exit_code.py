# sys.exit(n) with an integer ends the program with that status; finally blocks run first.
import sys
print("starting")
try:
    sys.exit(3)
finally:
    print("finally runs before exit")
print("never printed")
