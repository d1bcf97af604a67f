#!/usr/bin/env python3
"""Threading benchmarks: each program here prints a JSON object of timings;
this runs each on baton and on python3 alternately (--runs times), and prints
the median of every field side by side.

    python3 bench/gil/run.py [--baton PATH] [--runs N] [PROGRAM ...]

Programs: countdown_threads (the seeds' two-thread countdown: two_over_one
should be 0.9-1.2, as on CPython; baton also reports the longest time one
thread held the GIL while another waited), sleepers (20 threads sleeping
0.2 s: elapsed < 0.3 s), idle_thread (an idle extra thread must not slow
the running one: ratio ~1.0), convoy (round trips/s of a loopback echo pair alone,
with one and with two CPU-bound threads), convoy_alone (its first column in
more runs), hash_threads (sha256 in 4 threads vs 1: speedup >= 1.7 on 2 cores).
"""
import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--baton", default=str(REPO / "target" / "release" / "baton"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("programs", nargs="*")
    a = ap.parse_args()
    names = a.programs or sorted(p.stem for p in HERE.glob("*.py") if p.name != "run.py")
    for name in names:
        results = {"baton": [], "python3": []}
        for _ in range(a.runs):
            for label, exe in (("baton", a.baton), ("python3", a.python)):
                out = subprocess.run([exe, str(HERE / (name + ".py"))], capture_output=True,
                                     text=True, timeout=600)
                if out.returncode != 0:
                    print(f"{name}: {label} failed: {out.stderr.strip().splitlines()[-1:]}")
                    continue
                results[label].append(json.loads(out.stdout.strip().splitlines()[-1]))
        keys = sorted({k for r in results["baton"] + results["python3"] for k in r})
        print(f"{name} (median of {a.runs} runs)")
        print(f"  {'field':<24}{'baton':>12}{'python3':>12}")
        for k in keys:
            def med(label):
                vals = [r[k] for r in results[label] if k in r]
                return f"{statistics.median(vals):.4f}" if vals else "-"
            print(f"  {k:<24}{med('baton'):>12}{med('python3'):>12}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
