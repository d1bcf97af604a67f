"""The seeds' multiprocessing claim, side by side: one process counting down
50 M (the seed's one-process program with the Pool program's COUNT) against
the seed's Pool(2) program, unmodified (pool.py). Both programs print their
own time; this runs each interpreter's pair alternately N times and prints
the medians and one ÷ Pool (the issue asks >= 1.8 on 2 cores).

    python3 bench/seeds/speedup.py [--baton PATH] [--runs N]
"""
import argparse
import os
import re
import statistics
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(interp, prog):
    out = subprocess.run([interp, prog], capture_output=True, text=True, cwd=HERE, check=True).stdout
    return float(re.search(r"([0-9.]+)\s*$", out.strip()).group(1))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--baton", default=os.path.join(HERE, "..", "..", "target", "release", "baton"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("--runs", type=int, default=9)
    a = ap.parse_args()
    times = {a.baton: ([], []), a.python: ([], [])}
    for _ in range(a.runs):
        for interp, (ones, pools) in times.items():
            ones.append(timed(interp, "one_process.py"))
            pools.append(timed(interp, "pool.py"))
    for interp, (ones, pools) in times.items():
        o, p = statistics.median(ones), statistics.median(pools)
        print(f"{os.path.basename(interp):8} one {o:.3f}s  pool {p:.3f}s  one/pool {o / p:.2f}")


main()
