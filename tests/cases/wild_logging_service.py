"""A service module that logs through the logging package; the log is captured and shown."""
import io
import logging
import sys


class RequestFilter(logging.Filter):
    """Drop health-check noise and tag every record with a request counter."""

    def __init__(self):
        super().__init__()
        self.seen = 0

    def filter(self, record):
        if "/health" in record.getMessage():
            return False
        self.seen += 1
        record.req_no = self.seen
        return True


class Service:
    def __init__(self, name):
        self.log = logging.getLogger(f"shop.{name}")
        self.stock = {"apple": 3, "pear": 0}

    def handle(self, path, qty=1):
        self.log.debug("handling %s qty=%d", path, qty)
        if path == "/health":
            self.log.info("GET /health ok")
            return 200
        item = path.strip("/")
        try:
            have = self.stock[item]
        except KeyError:
            self.log.exception("unknown item %r", item)
            return 404
        if have < qty:
            self.log.warning("not enough %s: have %d, want %d", item, have, qty)
            return 409
        self.stock[item] -= qty
        self.log.info("sold %d %s, %d left", qty, item, self.stock[item])
        return 200


class TerseFormatter(logging.Formatter):
    """One line per record, even for exceptions (the detailed handler has the traceback)."""

    def format(self, record):
        text = super().formatMessage(record) if self.usesTime() else self._style.format(record)
        if record.exc_info:
            etype, value, _ = record.exc_info
            text += f" ({etype.__name__}: {value})"
        return text


def configure(stream):
    root = logging.getLogger("shop")
    root.setLevel(logging.DEBUG)
    root.propagate = False
    detailed = logging.StreamHandler(stream)
    detailed.setLevel(logging.DEBUG)
    detailed.setFormatter(logging.Formatter("%(levelname)-8s %(name)s #%(req_no)s: %(message)s"))
    detailed.addFilter(RequestFilter())
    root.addHandler(detailed)
    terse = logging.StreamHandler(sys.stdout)
    terse.setLevel(logging.WARNING)
    terse.setFormatter(TerseFormatter("[{levelname}] {message}", style="{"))
    root.addHandler(terse)
    return root


def main():
    buf = io.StringIO()
    root = configure(buf)
    svc = Service("orders")
    codes = [svc.handle(p, q) for p, q in [("/apple", 2), ("/health", 1), ("/pear", 1), ("/kiwi", 1), ("/apple", 1)]]
    print("codes:", codes)
    print("--- detailed log ---")
    for line in buf.getvalue().splitlines():
        if line.startswith("  "):  # traceback body: paths differ between machines
            continue
        print(line)
    print("--- levels ---")
    child = logging.getLogger("shop.orders.audit")
    print(child.parent.name, child.getEffectiveLevel(), child.isEnabledFor(logging.DEBUG))
    root.setLevel(logging.ERROR)
    print(child.getEffectiveLevel(), logging.getLevelName(child.getEffectiveLevel()), logging.getLevelName(25))
    logging.addLevelName(25, "NOTICE")
    print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
    adapter = logging.LoggerAdapter(logging.getLogger("shop.api"), {"req_no": "A1"})
    root.setLevel(logging.DEBUG)
    adapter.error("upstream failed after %s tries", 3)
    print(buf.getvalue().splitlines()[-1])
    print("same object:", logging.getLogger("shop.orders") is svc.log)
    print("handlers:", [type(h).__name__ for h in root.handlers], [logging.getLevelName(h.level) for h in root.handlers])
    rec = logging.LogRecord("x", logging.INFO, "f.py", 1, "a=%s b=%s", ("1", 2), None)
    print(rec.getMessage(), rec.levelname, rec.levelno)
    print(logging.Formatter("%(name)s|%(levelname)s|%(message)s").format(rec))


main()
