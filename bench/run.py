#!/usr/bin/env python3
"""Run the benchmark programs on baton and on python3, side by side.

Each program runs on baton and on python3 alternately, --runs times each (so
both see the same machine conditions), and the table shows the median wall
time of each and the ratio baton/python3 (below 1 means baton is faster),
then the geometric mean of the ratios. Both must print the same output: a
difference is marked MISMATCH, and a baton that exits non-zero (or cannot be
started) is marked FAIL; the other programs still run. This script builds
nothing: build baton first (cargo build --release).

Usage:
    python3 bench/run.py [--baton PATH] [--runs N] [--json FILE] [PROGRAM ...]
PROGRAM is a name like `fib` or `fib.py` (default: every bench/*.py but this one).
"""

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent


def programs(names):
    if names:
        out = []
        for n in names:
            stem = Path(n).name
            stem = stem[:-3] if stem.endswith(".py") else stem
            path = BENCH_DIR / (stem + ".py")
            if not path.exists():
                sys.exit(f"no such benchmark: {path}")
            out.append(path)
        return out
    return sorted(p for p in BENCH_DIR.glob("*.py") if p.name != Path(__file__).name)


def run_once(cmd, path, timeout):
    """Returns (seconds, exit code, stdout, stderr tail); exit code None if it could not run."""
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd + [path.name], cwd=BENCH_DIR, env=env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    except FileNotFoundError as e:
        return None, None, b"", str(e)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - start, "timeout", b"", f"timed out after {timeout}s"
    elapsed = time.perf_counter() - start
    tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] if proc.stderr else []
    return elapsed, proc.returncode, proc.stdout, tail[0] if tail else ""


def bench(path, baton_cmd, python_cmd, runs, timeout):
    result = {"program": path.stem, "python3": [], "baton": [], "status": "ok", "note": ""}
    python_out = baton_out = None
    for _ in range(runs):
        for which, cmd in (("baton", baton_cmd), ("python3", python_cmd)):
            secs, code, out, err = run_once(cmd, path, timeout)
            if which == "python3":
                if code != 0:
                    result["status"] = "PYFAIL"
                    result["note"] = f"python3 exit {code}: {err}"
                    return result
                result["python3"].append(secs)
                python_out = out
            else:
                if code != 0:
                    result["status"] = "FAIL"
                    result["note"] = f"baton exit {code}: {err}" if code is not None else f"cannot run baton: {err}"
                    return result
                result["baton"].append(secs)
                baton_out = out
        if baton_out != python_out:
            result["status"] = "MISMATCH"
            first = next((i for i, (a, b) in enumerate(zip(baton_out.splitlines(), python_out.splitlines())) if a != b),
                         min(len(baton_out.splitlines()), len(python_out.splitlines())))
            result["note"] = f"output differs from python3 at line {first + 1}"
            # Keep timing: a mismatch is still worth a number, but it is flagged.
    result["python3_median"] = statistics.median(result["python3"])
    result["baton_median"] = statistics.median(result["baton"])
    result["ratio"] = result["baton_median"] / result["python3_median"]
    return result


def main():
    ap = argparse.ArgumentParser(description="Compare baton with python3 on the bench/ programs.")
    ap.add_argument("names", nargs="*", help="programs to run (default: all)")
    ap.add_argument("--baton", default=str(REPO / "target" / "release" / "baton"),
                    help="the baton binary (default: target/release/baton)")
    ap.add_argument("--python", default="python3", help="the reference interpreter (default: python3)")
    ap.add_argument("--runs", type=int, default=5, help="runs of each interpreter per program (default: 5)")
    ap.add_argument("--timeout", type=float, default=300, help="seconds before one run is killed (default: 300)")
    ap.add_argument("--json", metavar="FILE", help="also write the results to FILE as JSON")
    args = ap.parse_args()
    if args.runs < 1:
        ap.error("--runs must be at least 1")

    baton_cmd = [os.path.abspath(args.baton) if os.sep in args.baton else args.baton]
    python_cmd = [args.python]
    results = []
    header = f"{'program':<16}{'python3 (s)':>12}{'baton (s)':>12}{'baton/python3':>15}  status"
    print(header)
    print("-" * len(header))
    for path in programs(args.names):
        r = bench(path, baton_cmd, python_cmd, args.runs, args.timeout)
        results.append(r)
        if "ratio" in r:
            line = f"{r['program']:<16}{r['python3_median']:>12.3f}{r['baton_median']:>12.3f}{r['ratio']:>15.2f}  {r['status']}"
        else:
            line = f"{r['program']:<16}{'':>12}{'':>12}{'':>15}  {r['status']}"
        if r["note"]:
            line += f" ({r['note']})"
        print(line, flush=True)
    ratios = [r["ratio"] for r in results if r.get("status") == "ok"]
    geomean = math.exp(sum(math.log(x) for x in ratios) / len(ratios)) if ratios else None
    print("-" * len(header))
    if geomean is None:
        print("geometric mean of ratios: n/a (no program ran cleanly on both)")
    else:
        print(f"geometric mean of ratios ({len(ratios)} of {len(results)} programs): {geomean:.2f}")
    if args.json:
        data = {"baton": baton_cmd[0], "python": python_cmd[0], "runs": args.runs,
                "results": results, "geomean_ratio": geomean}
        Path(args.json).write_text(json.dumps(data, indent=2) + "\n")
        print("wrote", args.json)
    failed = [r for r in results if r["status"] != "ok"]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
