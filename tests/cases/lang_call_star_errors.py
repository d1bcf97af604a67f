def f2(*a, **k): return a, k
print(f2(*[1, 2]), f2(*(3,)), f2(*range(2), **{'x': 1}), f2(*"ab"))
class S:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
print(f2(*S()))
for thunk in [lambda: f2(*1), lambda: f2(**1), lambda: len(*1), lambda: f2(1, *2)]:
    try: thunk()
    except TypeError as e: print(e)
