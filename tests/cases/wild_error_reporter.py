"""A batch job runner with a crash reporter.

Runs a list of jobs, catches what they raise, and builds compact crash
reports from the traceback module (extract_tb / FrameSummary,
format_exception_only, walking __cause__/__context__ chains), plus
logging.exception into a StringIO and warnings captured with
catch_warnings. File names are reduced to their base names so the output
does not depend on where the program lives.
"""
import io
import logging
import os
import sys
import traceback
import warnings


class JobError(Exception):
    def __init__(self, job, message):
        super().__init__(f"[{job}] {message}")
        self.job = job


class ValidationError(JobError):
    pass


def parse_record(text):
    key, _, value = text.partition("=")
    if not key:
        raise ValueError(f"empty key in {text!r}")
    return key.strip(), int(value)


def job_parse(records):
    return dict(parse_record(r) for r in records)


def job_divide(data):
    return {k: 100 // v for k, v in data.items()}


def job_validate(data):
    try:
        total = sum(data.values())
        ratio = data["hits"] / total
    except KeyError as exc:
        raise ValidationError("validate", f"missing field {exc}") from exc
    if ratio > 0.5:
        warnings.warn(f"suspicious hit ratio {ratio:.2f}", RuntimeWarning, stacklevel=2)
    return ratio


def job_cleanup(data):
    try:
        data["hits"] -= 1
        return data["misses"].strip()
    finally:
        data["cleaned"] = True


def deep(n):
    if n == 0:
        raise RecursionError("simulated: too deep")
    return deep(n - 1)


def frames(tb):
    return [f"{os.path.basename(f.filename)}:{f.lineno} {f.name}: {f.line}"
            for f in traceback.extract_tb(tb)]


def chain(exc):
    seen = []
    while exc is not None:
        how = ("cause" if exc.__cause__ is not None else
               "context" if exc.__context__ is not None and not exc.__suppress_context__ else "")
        seen.append((type(exc).__name__, str(exc), how))
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    return seen


def report(name, exc):
    print(f"--- {name} failed ---")
    print("".join(traceback.format_exception_only(type(exc), exc)).rstrip())
    for line in frames(exc.__traceback__)[-3:]:
        print("   ", line)
    links = chain(exc)
    if len(links) > 1:
        for typ, msg, how in links:
            print(f"    chain: {typ}({msg!r}) {how}".rstrip())


def main():
    log_stream = io.StringIO()
    log = logging.getLogger("batch")
    handler = logging.StreamHandler(log_stream)
    handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(funcName)s: %(message)s"))
    log.addHandler(handler)
    log.propagate = False

    jobs = [
        ("parse-ok", job_parse, ["hits = 3", "misses=4"]),
        ("parse-bad-int", job_parse, ["hits=3", "misses=four"]),
        ("parse-empty-key", job_parse, ["=3"]),
        ("divide", job_divide, {"hits": 3, "misses": 0}),
        ("validate", job_validate, {"misses": 1}),
        ("validate-warn", job_validate, {"hits": 9, "misses": 1}),
        ("cleanup", job_cleanup, {"hits": 1, "misses": 2}),
        ("deep", deep, 25),
        ("attr", lambda d: d.nope, {}),
    ]
    results = {}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for name, func, arg in jobs:
            try:
                results[name] = func(arg)
            except Exception as exc:
                results[name] = None
                report(name, exc)
                log.exception("job %s crashed", name)
    print("results:", results)
    for w in caught:
        print("warning:", w.category.__name__, w.message, os.path.basename(w.filename), w.lineno > 0)

    text = log_stream.getvalue()
    first_lines = [l for l in text.splitlines() if l.startswith(("ERROR", "Traceback"))]
    print(len(first_lines), first_lines[:2])
    tail_lines = [l for l in text.splitlines() if l and not l.startswith((" ", "Traceback", "ERROR"))]
    print("exception lines in log:", tail_lines[:4])
    print("has chain text:", "The above exception was the direct cause" in text,
          "During handling" in text)

    try:
        job_cleanup({"hits": 1})
    except KeyError:
        etype, value, tb = sys.exc_info()
        print(etype.__name__, value, tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
        print([f.name for f in traceback.extract_tb(tb)], len(traceback.format_tb(tb)))
    print(sys.exc_info() == (None, None, None))
    te = traceback.TracebackException.from_exception(ValidationError("x", "y"))
    print(te.exc_type.__name__, str(te), list(te.format_exception_only()))
    stack = traceback.extract_stack(limit=1)
    print(stack[0].name, os.path.basename(stack[0].filename), stack[0].line)


if __name__ == "__main__":
    main()
