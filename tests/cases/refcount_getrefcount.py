# sys.getrefcount in the simple forms whose values are stable in CPython 3.11.
import sys
a = []
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
holder = [a]
print(sys.getrefcount(a))
mapping = {"key": a}
print(sys.getrefcount(a))
class Box:
    pass
box = Box()
box.item = a
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))
holder.clear()
print(sys.getrefcount(a))
del mapping["key"]
print(sys.getrefcount(a))
box.item = None
print(sys.getrefcount(a))
def local_count():
    x = {}
    return sys.getrefcount(x)
print(local_count())
def local_alias():
    x = object()
    y = x
    z = [x, x, x]
    return sys.getrefcount(x)
print(local_alias())
t = (a, a)
print(sys.getrefcount(a))
del t
print(sys.getrefcount(a))
many = [a] * 10
print(sys.getrefcount(a))
many = None
print(sys.getrefcount(a))
