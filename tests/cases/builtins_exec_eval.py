# exec, eval and compile with globals/locals dictionaries.
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[i for i in range(3)]"))
print(eval("a + b", {"a": 1}, {"b": 2}), eval("  5  "), eval("len('abc')"))
ns = {}
exec("y = 10\ndef f(n):\n    return n + y\n", ns)
print(ns["y"], ns["f"](5), sorted(k for k in ns if k != "__builtins__"))
exec("print('exec prints', 1 + 1)")
x = 1
exec("x = 99")
print(x)
def in_function():
    loc = {}
    exec("z = 7", globals(), loc)
    return loc["z"]
print(in_function())
code = compile("3 ** 2", "<expr>", "eval")
print(type(code).__name__, eval(code), code.co_filename)
code2 = compile("for i in range(2): print('loop', i)", "<stmts>", "exec")
exec(code2)
code3 = compile("42", "<single>", "single")
print(exec("pass"), eval(compile("'compiled'", "f", "eval")))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", type(e).__name__, e.filename, e.lineno)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError:", e)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError raised for a statement in eval")
try:
    compile("x", "f", "bogus")
except ValueError as e:
    print("ValueError:", e)
g = {"__builtins__": {"len": len}}
print(eval("len([1, 2])", g))
try:
    eval("print(1)", g)
except NameError as e:
    print("NameError:", e)
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
src = """
class K:
    v = 3
result = K.v * 2
"""
d = {}
exec(src, d)
print(d["result"], d["K"].__name__)
print(eval(b"1+1"), eval("lambda q: q + 1")(1))
