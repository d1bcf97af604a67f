# __del__ runs as soon as a loop rebinds or drops the last reference (the
# eval loop's fast path must not postpone it past the next instruction).
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f():
    x = None
    for i in range(3):
        x = D(i)
        print("made", i)
    x = 5
    print("after")
    l = [D(10), D(11)]
    for y in l:
        pass
    del l
    y = 0
    print("end")
f()
flag = []
class E:
    def __del__(self): flag.append(1)
def g():
    for i in range(2):
        e = E()
        e = None
        print(len(flag))
g()
