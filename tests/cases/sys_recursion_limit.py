# Recursion limit: get/set, RecursionError raised and catchable, program continues.
import sys
print(sys.getrecursionlimit())
def recurse(n):
    return recurse(n + 1)
try:
    recurse(0)
except RecursionError as e:
    print("RecursionError:", e)
depth = 0
def measure():
    global depth
    depth += 1
    measure()
try:
    measure()
except RecursionError:
    print("depth reached is close to the limit:", 900 < depth <= 1000)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
depth = 0
try:
    measure()
except RecursionError:
    print("smaller limit:", 150 < depth <= 200)
sys.setrecursionlimit(5000)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(3000))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print("TypeError:", type(e).__name__)
sys.setrecursionlimit(1000)
class Rec:
    def __repr__(self):
        return repr(self)
try:
    repr(Rec())
except RecursionError as e:
    print("RecursionError from __repr__")
def mutual_a(n): return mutual_b(n)
def mutual_b(n): return mutual_a(n)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion caught")
print("still running")
