# logging: LoggerAdapter, NullHandler, the last-resort handler,
# Handler.handleError, captureWarnings and several threads logging at once.
import io
import logging
import sys
import threading
import warnings

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
log.addHandler(lh)
ad = logging.LoggerAdapter(log, {"ip": "1.2.3.4"})
lh.setFormatter(logging.Formatter("%(ip)s %(message)s"))
ad.info("adapter %s", "info")
ad.warning("adapter warning")
print(lh.records[-2:], repr(ad), ad.name, ad.isEnabledFor(logging.DEBUG), ad.getEffectiveLevel())

class Prefixed(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return "[%s] %s" % (self.extra["id"], msg), kwargs

Prefixed(log, {"id": 7, "ip": "-"}).error("processed")
print(lh.records[-1])

nh = logging.NullHandler()
q = logging.getLogger("quiet")
q.addHandler(nh)
q.error("swallowed")
print(q.hasHandlers(), repr(nh), nh.lock)

saved = sys.stderr
sys.stderr = io.StringIO()
logging.getLogger("nohandler").warning("to last resort %d", 1)
logging.getLogger("nohandler").info("below last resort level")
bad = logging.getLogger("bad")
bad.addHandler(logging.StreamHandler(io.StringIO()))
bad.warning("bad args %d", "x")
captured, sys.stderr = sys.stderr.getvalue(), saved
lines = captured.splitlines()
print(lines[0], lines[1], lines[2], lines[-2], lines[-1], sep="\n")
print(repr(logging.lastResort), logging.raiseExceptions)

pw = logging.getLogger("py.warnings")
pw.addHandler(lh)
lh.setFormatter(logging.Formatter("%(name)s %(message)s"))
logging.captureWarnings(True)
warnings.warn("careful", UserWarning)
logging.captureWarnings(False)
print(lh.records[-1].endswith("UserWarning: careful\n  warnings.warn(\"careful\", UserWarning)\n"))

mt = ListHandler()
tl = logging.getLogger("threads")
tl.addHandler(mt)
mt.setFormatter(logging.Formatter("%(threadName)s %(message)s"))
def work(n):
    for i in range(100):
        tl.warning("w%d-%d", n, i)
threads = [threading.Thread(target=work, args=(k,), name="T%d" % k) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(mt.records), sorted(set(r.split()[0] for r in mt.records)))
print(all(r.split()[1].startswith("w" + r.split()[0][1:] + "-") for r in mt.records))
