# Syntax errors from compile/exec/eval are ordinary exceptions that can be caught.
samples = ["x = = 1", "def f(:", "return 1", "if x\n  pass", "  indented", "f(a=1, a=2)", "'unterminated",
           "for x in range(3):\nprint(x)", "1 = a", "del 1", "a + 1 = 2", "class C(:", "lambda: (yield)", "x := 5"]
for src in samples:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.lineno, e.filename)
try:
    eval("(1, 2")
except SyntaxError as e:
    print("eval:", type(e).__name__, e.lineno)
try:
    exec("while True:\n    pass\n  else:\n    pass")
except IndentationError as e:
    print("exec:", type(e).__name__)
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
