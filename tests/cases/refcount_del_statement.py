# __del__ runs as soon as the last reference goes: del, rebinding, reassigning containers.
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)
r = Res("a")
print("before del")
del r
print("after del")
x = Res("b")
x = Res("c")
print("after rebinding")
y = Res("d")
z = y
del y
print("still referenced by z")
del z
print("both gone")
lst = [Res("e")]
print("in list")
lst.pop()
print("popped")
d = {"k": Res("f")}
d["k"] = "replaced"
print("dict value replaced")
class Holder:
    pass
h = Holder()
h.res = Res("g")
del h.res
print("attribute deleted")
h.res = Res("h")
del h
print("holder deleted")
x = None
print("end")
