# logging.Formatter: %-, {- and $-style formats, defaults, LogRecord
# attributes, exceptions and stack information in the output.
import logging
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

class Out:
    def write(self, s):
        sys.stdout.write(s.replace(HERE, ""))
    def flush(self):
        pass

handler = logging.StreamHandler(Out())
log = logging.getLogger("fmt")
log.addHandler(handler)
log.propagate = False
log.setLevel(logging.DEBUG)

formats = [
    ("%(levelname)-8s|%(name)s|%(module)s|%(filename)s|%(funcName)s|%(message)s", "%"),
    ("%(levelno)03d %(lineno)d %(message)r %(processName)s %(threadName)s", "%"),
    ("{levelname:>8}|{name}|{message!r}|{levelno:03d}", "{"),
    ("$levelname ${name}: $message $$", "$"),
]
for fmt, style in formats:
    handler.setFormatter(logging.Formatter(fmt, style=style))
    log.info("hello %s", "world")

handler.setFormatter(logging.Formatter("{levelname}|{user}|{message}", style="{", defaults={"user": "-"}))
log.warning("no user")
log.warning("with user", extra={"user": "amy"})
handler.setFormatter(logging.Formatter("%(levelname)s %(user)s %(message)s", defaults={"user": "nobody"}))
log.error("percent defaults")
handler.setFormatter(None)
log.info("no formatter at all")
handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))

def fail():
    raise ValueError("broken")

try:
    fail()
except ValueError as e:
    log.exception("caught %s", "it")
    log.error("instance", exc_info=e)
    saved = sys.exc_info()
log.error("tuple", exc_info=saved)
log.error("nothing to show", exc_info=True)
log.info("stack follows", stack_info=True)

record = logging.LogRecord("name", logging.INFO, "/a/b/mod.py", 12, "hello %s %d", ("w", 5), None, func="fn")
print(record.getMessage(), record.filename, record.module, record.levelname, record.levelno,
      record.funcName, record.lineno, record.pathname, record.exc_info, record.exc_text, record.stack_info)
print(repr(record))
print(sorted(record.__dict__))
print(isinstance(record.created, float), record.msecs == int(record.msecs), record.process == os.getpid())
f = logging.Formatter("%(message)s")
print(f.format(record), record.message, f.usesTime(), logging.Formatter("%(asctime)s %(message)s").usesTime())
print(logging.Formatter("{asctime}", style="{").usesTime(), logging.Formatter("${asctime}", style="$").usesTime())
print(logging.Formatter("x %(message)s", datefmt="%Y").datefmt, f._fmt, f._style.__class__.__name__)
made = logging.makeLogRecord({"msg": "made %s", "args": ("up",), "custom": 1})
print(made.getMessage(), made.custom, made.levelno, made.name)
print(logging.LogRecord("n", 20, "p", 1, {"not": "a string"}, None, None).getMessage())
print(logging.LogRecord("n", 20, "p", 1, "%(x)s-%(y)s", ({"x": 1, "y": 2},), None).getMessage())
print(logging.getLogRecordFactory() is logging.LogRecord)

class Tagged(logging.LogRecord):
    def getMessage(self):
        return "[tag] " + super().getMessage()

logging.setLogRecordFactory(Tagged)
log.info("via factory %d", 7)
logging.setLogRecordFactory(logging.LogRecord)

bf = logging.BufferingFormatter()
print(repr(bf.format([])), repr(bf.format([record, made])))
