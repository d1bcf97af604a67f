# logging's error cases: bad levels, formats and styles, basicConfig
# misuse, overwriting record attributes, logger classes.
import io
import logging
import sys

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

log = logging.getLogger("errs")
attempt("setLevel unknown", lambda: log.setLevel("LOUD"))
attempt("setLevel float", lambda: log.setLevel(1.5))
attempt("setLevel None", lambda: log.setLevel(None))
attempt("handler level", lambda: logging.Handler("NOPE"))
attempt("log str level", lambda: log.log("INFO", "x"))
attempt("disable bad", lambda: logging.disable("NOPE"))
attempt("style", lambda: logging.Formatter("x", style="?"))
attempt("% no field", lambda: logging.Formatter("no fields"))
attempt("% bad conversion", lambda: logging.Formatter("%(message)"))
attempt("% ok", lambda: logging.Formatter("%(message)-10.3s|%(levelno)+05d")._fmt)
attempt("% no validate", lambda: logging.Formatter("plain", validate=False)._fmt)
attempt("{ no field", lambda: logging.Formatter("no fields", style="{"))
attempt("{ conversion", lambda: logging.Formatter("{a!x}", style="{"))
attempt("{ spec", lambda: logging.Formatter("{a:zz}", style="{"))
attempt("{ name", lambda: logging.Formatter("{a-b}", style="{"))
attempt("{ unbalanced", lambda: logging.Formatter("{message", style="{"))
attempt("{ ok", lambda: logging.Formatter("{message:>10}|{levelno:03d}|{name!r:^12}|{args[0]}", style="{")._fmt)
attempt("$ bare", lambda: logging.Formatter("$ x $message", style="$"))
attempt("$ no field", lambda: logging.Formatter("nothing", style="$"))
attempt("$ ok", lambda: logging.Formatter("$$ ${message} $name", style="$")._fmt)
record = logging.makeLogRecord({"msg": "m"})
attempt("missing % field", lambda: logging.Formatter("%(nosuch)s").format(record))
attempt("missing { field", lambda: logging.Formatter("{nosuch}", style="{").format(record))
attempt("missing $ field", lambda: logging.Formatter("$nosuch", style="$").format(record))
attempt("bad args", lambda: logging.makeLogRecord({"msg": "%d", "args": ("x",)}).getMessage())
attempt("emit", lambda: logging.Handler().emit(record))
attempt("extra message", lambda: log.error("x", extra={"message": "m"}))
attempt("extra asctime", lambda: log.error("x", extra={"asctime": "t"}))
attempt("extra name", lambda: log.error("x", extra={"name": "n"}))
attempt("getLogger int", lambda: logging.getLogger(5))
attempt("setLoggerClass", lambda: logging.setLoggerClass(dict))
attempt("stream and filename", lambda: logging.basicConfig(stream=sys.stdout, filename="x"))
attempt("handlers and stream", lambda: logging.basicConfig(handlers=[], stream=sys.stdout))
attempt("bad style", lambda: logging.basicConfig(style="!"))
attempt("unknown args", lambda: logging.basicConfig(stream=io.StringIO(), bogus=1, other=2))
print(len(logging.root.handlers))
attempt("unknown args ignored", lambda: logging.basicConfig(bogus=1))
attempt("force unknown", lambda: logging.basicConfig(force=True, bogus=1))
print(len(logging.root.handlers), logging.getLevelName(logging.root.level))

class MyLogger(logging.Logger):
    def hello(self):
        return "hello from " + self.name

logging.setLoggerClass(MyLogger)
mine = logging.getLogger("errs.mine")
print(type(mine).__name__, mine.hello(), logging.getLoggerClass().__name__, mine.parent is log)
logging.setLoggerClass(logging.Logger)
print(type(logging.getLogger("errs.other")).__name__)
logging.raiseExceptions = False
sink = logging.getLogger("sink")
sink.addHandler(logging.StreamHandler(io.StringIO()))
sink.error("silently bad %d", "x")
attempt("log str level quiet", lambda: sink.log("INFO", "x"))
print("done")
