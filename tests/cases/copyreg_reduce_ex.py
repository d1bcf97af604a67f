# object.__reduce_ex__ through copyreg: protocols 0-4, __getnewargs__, slots, dispatch_table.
import copyreg

class Plain:
    def __init__(self, a):
        self.a = a

class WithArgs:
    def __init__(self, x):
        self.x = x
    def __getnewargs__(self):
        return (self.x,)
    def __new__(cls, x=0):
        return super().__new__(cls)

class Slotted:
    __slots__ = ("p", "q")

class Listy(list):
    pass

class Custom:
    def __reduce__(self):
        return (Custom, (), {"k": 1})

p = Plain(5)
for proto in (0, 1):
    r = p.__reduce_ex__(proto)
    print(proto, r[0] is copyreg._reconstructor, r[1], r[2])
for proto in (2, 3, 4):
    f, args, state, li, di = p.__reduce_ex__(proto)
    print(proto, f is copyreg.__newobj__, args[0] is Plain, state, li, di)

f, args, state, li, di = WithArgs(7).__reduce_ex__(2)
print(args[1:], state)

s = Slotted()
s.p = 1
f, args, state, li, di = s.__reduce_ex__(2)
print(state)
print(copyreg._slotnames(Slotted))

l = Listy([1, 2])
f, args, state, li, di = l.__reduce_ex__(2)
print(args[0] is Listy, state, list(li), di)

print(Custom().__reduce_ex__(2)[2])
print(copyreg.__newobj__(Plain).__class__.__name__)
print(copyreg.dispatch_table[complex](3 + 4j))

try:
    [].__reduce_ex__(1)
except TypeError as e:
    print("TypeError:", e)

def reduce_plain(obj):
    return (Plain, (obj.a * 10,))
copyreg.pickle(Plain, reduce_plain)
print(copyreg.dispatch_table[Plain](p))
try:
    copyreg.pickle(Plain, 42)
except TypeError as e:
    print("TypeError:", e)
copyreg.add_extension("mod", "name", 240)
print(copyreg._extension_registry[("mod", "name")])
copyreg.remove_extension("mod", "name", 240)
print(copyreg._extension_registry)
