"""A debugging aid: `with section("name"):` blocks that report where they
ran and what they changed.

On entry the context manager remembers the caller's frame and a copy of its
locals; on exit it reads the same frame again and reports the block's line,
the local variables the block created or changed, and any exception that
escaped. A `checkpoint()` helper prints the caller's
function, line and selected locals. (Timings are left out so the output is
reproducible.)
"""
import inspect
import os
import sys
from contextlib import contextmanager

REPORT = []


def _short(value, limit=30):
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


class section:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        self.frame = sys._getframe(1)
        self.start = self.frame.f_lineno
        self.before = dict(self.frame.f_locals)
        return self

    def __exit__(self, exc_type, exc, tb):
        after = self.frame.f_locals
        changed = sorted(k for k in after if k not in self.before or after[k] is not self.before[k])
        changed = [k for k in changed if k != "s"]
        where = f"{self.frame.f_code.co_name}:{self.start}"
        status = f"raised {exc_type.__name__}" if exc_type else "ok"
        REPORT.append((self.name, where, status, {k: _short(after[k]) for k in changed}))
        del self.frame
        return exc_type is KeyError


def checkpoint(*names):
    caller = inspect.currentframe().f_back
    info = inspect.getframeinfo(caller)
    shown = ", ".join(f"{n}={_short(caller.f_locals.get(n, '<unset>'))}" for n in names)
    print(f"[checkpoint] {os.path.basename(info.filename)}:{info.lineno} in {info.function}: {shown}")


@contextmanager
def quiet_section(name):
    frame = sys._getframe(2)
    first = frame.f_lineno
    try:
        yield
    finally:
        REPORT.append((name, f"{frame.f_code.co_name}:{first}", "gen", {}))


def load_orders():
    with section("parse") as s:
        raw = "3,4,5\n6,x,8\n9,10"
        rows = []
        for line in raw.splitlines():
            rows.append(line.split(","))
        count = len(rows)
    checkpoint("count", "rows")
    with section("convert") as s:
        numbers = []
        bad = 0
        for row in rows:
            for cell in row:
                if cell.isdigit():
                    numbers.append(int(cell))
                else:
                    bad += 1
    with section("lookup") as s:
        table = {"a": 1}
        value = table["missing"]
    with section("divide") as s:
        ratio = sum(numbers) / bad
        ratio = round(ratio, 3)
    with quiet_section("generator-based"):
        total = sum(numbers)
        total += 0
    checkpoint("total", "ratio", "nothing")
    return numbers


def main():
    numbers = load_orders()
    print("numbers:", numbers)
    for name, where, status, changed in REPORT:
        print(f"{name:<16} {where:<18} {status:<12} {changed}")
    frame = sys._getframe()
    here = frame.f_lineno
    marker = "set after the frame was taken"
    print("live frame:", frame.f_lineno - here, "marker" in frame.f_locals)


if __name__ == "__main__":
    main()
