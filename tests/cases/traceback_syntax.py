# traceback's report of SyntaxError (the source line and the caret) and
# of exceptions whose str() fails, with the TracebackException attributes.
import os
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

def show(lines):
    print("".join(lines).replace(HERE, ""), end="")
    print("-----")

show(traceback.format_exception_only(SyntaxError("custom msg", ("file.py", 3, 5, "    bad code here\n", 3, 9))))
show(traceback.format_exception_only(SyntaxError("point", ("f.py", 7, 4, "x = = 1\n"))))
show(traceback.format_exception_only(SyntaxError("no lines")))
show(traceback.format_exception_only(SyntaxError("file only", ("f.py", None, None, None))))
show(traceback.format_exception_only(SyntaxError("\ttabs", ("f.py", 1, 3, "\tx y\n", 1, 4))))
show(traceback.format_exception_only(SyntaxError("", ("<stdin>", 2, 0, "text\n", 2, 0))))

try:
    raise IndentationError("unexpected indent", ("mod.py", 4, 3, "  x = 1\n", 4, 4))
except SyntaxError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.filename, repr(te.lineno), repr(te.text), te.offset, te.msg)
    show(te.format())

class Unprintable(Exception):
    def __str__(self):
        raise RuntimeError("no")

try:
    raise Unprintable()
except Unprintable as e:
    show(traceback.format_exception(e))
    te = traceback.TracebackException.from_exception(e)
    print(str(te), te.exc_type.__name__)

try:
    raise SyntaxError("from code", ("<string>", 1, 5, "a = b c\n", 1, 8))
except SyntaxError as e:
    show(traceback.format_exception(e))
    print(traceback.format_exception_only(type(e), e)[-1], end="")
