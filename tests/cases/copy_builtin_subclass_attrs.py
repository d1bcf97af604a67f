# Copying instances of built-in subclasses keeps their instance attributes (via __dict__).
import copy

class MyList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.tag = "t"

class MyDict(dict):
    pass

class MyInt(int):
    pass

ml = MyList([1, [2]])
print(ml.__dict__)
mc = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.tag, mc[1] is ml[1])
sc = copy.copy(ml)
print(sc, sc.tag)

md = MyDict(a=1)
md.note = "n"
mdc = copy.deepcopy(md)
print(mdc, mdc.note, vars(mdc))

mi = MyInt(5)
mi.unit = "cm"
mic = copy.copy(mi)
print(mic, mic.unit, type(mic).__name__)
