# Reference counts through containers and attribute stores; dropping containers frees their items.
import sys
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
it = Item("solo")
print(sys.getrefcount(it))
bag = [it]
print(sys.getrefcount(it))
index = {"solo": it}
print(sys.getrefcount(it))
del it
print("name deleted; still held by list and dict")
bag.clear()
print("list cleared; still held by dict")
index.clear()
print("dict cleared")
single = [Item("in-list")]
single = []
print("list rebound")
holder = {"k": Item("in-dict")}
del holder
print("dict deleted")
t = (Item("in-tuple"),)
t = None
print("tuple dropped")
s = set()
obj = Item("in-set")
s.add(obj)
del obj
print("still in set")
s.clear()
print("set cleared")
