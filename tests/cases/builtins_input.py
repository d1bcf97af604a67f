# input() with stdin at EOF (the runner gives /dev/null): prompt goes to stdout, then EOFError.
import sys
try:
    line = input()
except EOFError as e:
    print("EOFError:", e)
try:
    line = input("prompt> ")
except EOFError as e:
    print()
    print("EOFError again:", type(e).__name__)
print(sys.stdin.read() == "", sys.stdin.readline() == "")
print(callable(input), sys.stdin.readable() if hasattr(sys.stdin, "readable") else True)
for line in sys.stdin:
    print("never", line)
print("done")
