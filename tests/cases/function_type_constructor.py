import types
def f(a, b=2): return a + b
g = types.FunctionType(f.__code__, {'__builtins__': {}}, 'renamed', (10,))
print(g.__name__, g(1), g.__defaults__, g.__qualname__, g.__module__)
for bad in [(1, {}), (f.__code__, 1), (f.__code__, {}, 1), (f.__code__, {}, None, [1])]:
    try: types.FunctionType(*bad)
    except Exception as e: print(type(e).__name__, e)
def outer():
    x = 1
    def inner(): return x
    return inner
i = outer()
try: types.FunctionType(i.__code__, {})
except Exception as e: print(type(e).__name__, e)
h = types.FunctionType(i.__code__, {}, None, None, i.__closure__); print(h())
try: types.FunctionType(f.__code__, {}, closure=(1,))
except Exception as e: print(type(e).__name__, e)
def uses_len(x): return len(x)
r = types.FunctionType(uses_len.__code__, {"__builtins__": {"len": lambda s: 42}})
print(r("abc"))
r2 = types.FunctionType(uses_len.__code__, {"__builtins__": {}})
try: r2("abc")
except NameError as e: print("NameError:", e)
r3 = types.FunctionType(uses_len.__code__, {})
print(r3("abcd"))
