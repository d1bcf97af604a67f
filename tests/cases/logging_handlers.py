# logging handlers and filters: handler levels, StreamHandler, FileHandler,
# a custom Handler subclass, Filter objects and filter callables.
import io
import logging
import os
import sys

log = logging.getLogger("h")
log.propagate = False
log.setLevel(logging.DEBUG)

class ListHandler(logging.Handler):
    def __init__(self, level=logging.NOTSET):
        super().__init__(level)
        self.records = []
    def emit(self, record):
        self.records.append(self.format(record))

lh = ListHandler(logging.INFO)
lh.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
log.addHandler(lh)
log.addHandler(lh)
log.debug("too low for handler")
log.info("kept")
print(lh.records, len(log.handlers), repr(lh))

stream = io.StringIO()
sh = logging.StreamHandler(stream)
sh.setLevel("WARNING")
log.addHandler(sh)
log.info("only list")
log.warning("both %s", "handlers")
print(repr(stream.getvalue()), lh.records[-1], repr(sh))
print(repr(logging.StreamHandler(sys.stdout)), sh.setStream(sys.stdout) is stream, sh.setStream(sys.stdout))
log.removeHandler(sh)
log.removeHandler(sh)

path = "/tmp/_baton_case_logging_handlers.log"
fh = logging.FileHandler(path, mode="w")
fh.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
log.addHandler(fh)
log.error("to the file")
print(repr(fh).replace(path, "PATH"), fh.baseFilename == path, fh.mode)
log.removeHandler(fh)
fh.close()
fh2 = logging.FileHandler(path, delay=True)
print(fh2.stream)
log.addHandler(fh2)
log.critical("appended")
log.removeHandler(fh2)
fh2.close()
with open(path) as f:
    print(f.read(), end="")
os.unlink(path)

lh.records.clear()
lh.addFilter(logging.Filter("h.sub"))
log.info("parent filtered out")
sub = logging.getLogger("h.sub")
sub.info("child passes handler filter")
print(lh.records)
flt = logging.Filter("h")
print([flt.filter(logging.makeLogRecord({"name": n})) for n in ["h", "h.x", "hh", "other"]], logging.Filter().filter(None))
log.addFilter(lambda rec: "secret" not in rec.getMessage())
log.info("a secret message")
log.info("public message")
lh.filters.clear()
log.filters.clear()
log.info("filters cleared")
print(lh.records)

