#!/usr/bin/env python3
"""Record the expected results of the differential test cases from CPython.

For each case tests/cases/NAME.py this runs `python3 NAME.py` with the working
directory tests/cases, standard input from /dev/null and a fixed environment
(PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8), and writes

    NAME.out   the exact bytes the program wrote to standard output;
    NAME.err   only when the program exited non-zero (or was killed): two lines,
                   exit: N
                   stderr: <the last non-empty line of standard error>
               A stale NAME.err is removed when the program now exits 0.

The Rust harness crates/baton/tests/cases.rs runs the baton binary the same way
and compares against these files, so CI never needs CPython.

Usage:
    python3 tests/record.py                 record every case
    python3 tests/record.py NAME [NAME...]  record only these (NAME, NAME.py or a path)
    python3 tests/record.py --check [NAME]  verify the committed files are up to
                                            date; exit 1 listing the differences
Files whose name starts with `_` are helpers, not cases.
"""

import argparse
import os
import subprocess
import sys
from pathlib import Path

CASES_DIR = Path(__file__).resolve().parent / "cases"
DEFAULT_TIMEOUT = 60.0


def case_env():
    """The environment the cases run in (the Rust harness uses the same)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def all_cases():
    return sorted(p.stem for p in CASES_DIR.glob("*.py") if not p.name.startswith("_"))


def normalize_name(arg):
    name = Path(arg).name
    if name.endswith(".py"):
        name = name[:-3]
    return name


def last_nonempty_line(data):
    text = data.decode("utf-8", errors="replace")
    for line in reversed(text.splitlines()):
        if line.strip():
            return line.rstrip()
    return ""


def run_case(name, python, timeout):
    """Run one case; return (stdout bytes, err-file text or None, problem or None)."""
    try:
        proc = subprocess.run(
            [python, name + ".py"],
            cwd=CASES_DIR,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=case_env(),
            timeout=timeout,
        )
    except subprocess.TimeoutExpired as e:
        return e.stdout or b"", None, "timed out after %gs" % timeout
    err = None
    if proc.returncode != 0:
        err = "exit: %d\nstderr: %s\n" % (proc.returncode, last_nonempty_line(proc.stderr))
    return proc.stdout, err, None


def read_bytes(path):
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("names", nargs="*", help="cases to record (default: all)")
    ap.add_argument("--check", action="store_true",
                    help="verify the recorded files are up to date; change nothing")
    ap.add_argument("--python", default="python3", help="the reference interpreter")
    ap.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                    help="seconds before a case is killed (default %(default)s)")
    args = ap.parse_args()

    names = [normalize_name(n) for n in args.names] or all_cases()
    problems = []
    changed = []
    for name in names:
        src = CASES_DIR / (name + ".py")
        if not src.exists():
            problems.append("%s: no such case %s" % (name, src))
            continue
        out, err, problem = run_case(name, args.python, args.timeout)
        if problem:
            problems.append("%s: %s" % (name, problem))
            continue
        out_path = CASES_DIR / (name + ".out")
        err_path = CASES_DIR / (name + ".err")
        old_out = read_bytes(out_path)
        old_err = read_bytes(err_path)
        new_err = err.encode() if err is not None else None
        diffs = []
        if old_out != out:
            diffs.append(".out")
        if old_err != new_err:
            diffs.append(".err")
        if args.check:
            if diffs:
                problems.append("%s: %s out of date" % (name, " and ".join(diffs)))
            continue
        if diffs:
            changed.append(name)
        out_path.write_bytes(out)
        if new_err is not None:
            err_path.write_bytes(new_err)
        elif err_path.exists():
            err_path.unlink()

    if args.check:
        # Recorded files with no case beside them are stale too.
        if not args.names:
            for p in sorted(CASES_DIR.glob("*.out")) + sorted(CASES_DIR.glob("*.err")):
                if not (CASES_DIR / (p.stem + ".py")).exists():
                    problems.append("%s: %s has no case" % (p.stem, p.name))
        for p in problems:
            print(p)
        print("checked %d cases: %s" % (len(names), "%d problems" % len(problems) if problems else "all up to date"))
        return 1 if problems else 0

    for p in problems:
        print("ERROR", p, file=sys.stderr)
    print("recorded %d cases, %d changed%s" % (
        len(names) - len(problems), len(changed),
        (": " + " ".join(changed)) if changed and len(changed) <= 20 else ""))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
