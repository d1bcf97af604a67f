"""Batch job runner: run child Python processes, collect results, handle failures."""
import json
import os
import subprocess
import sys
import textwrap

PY = sys.executable

JOBS = [
    ("echo", ["-c", "print('hello from child')"], {}),
    ("sum-stdin", ["-c", "import sys; print(sum(int(x) for x in sys.stdin.read().split()))"],
     {"input": "1 2 3\n4 5\n"}),
    ("json", ["-c", "import json, sys; json.dump({'argv': sys.argv[1:], 'n': len(sys.argv)}, sys.stdout)",
              "alpha", "beta gamma"], {}),
    ("stderr", ["-c", "import sys; sys.stderr.write('warning: low disk\\n'); print('done')"], {}),
    ("exit3", ["-c", "import sys; print('partial'); sys.exit(3)"], {}),
    ("crash", ["-c", "1/0"], {}),
    ("env", ["-c", "import os; print(os.environ.get('JOB_COLOR', '?'))"], {"env_extra": {"JOB_COLOR": "teal"}}),
    ("slow", ["-c", "import time; time.sleep(5)"], {"timeout": 0.5}),
    ("multiline", ["-c", textwrap.dedent("""\
        for i in range(3):
            print(f'line {i}', end='\\r\\n' if i == 1 else '\\n')
        """)], {}),
]


def run_job(name, args, opts):
    env = None
    if "env_extra" in opts:
        env = dict(os.environ, **opts["env_extra"])
    try:
        proc = subprocess.run([PY, *args], input=opts.get("input"), capture_output=True, text=True,
                              timeout=opts.get("timeout", 30), env=env, check=True)
    except subprocess.CalledProcessError as e:
        last = e.stderr.strip().splitlines()[-1] if e.stderr.strip() else ""
        return {"name": name, "status": "failed", "rc": e.returncode, "out": e.stdout, "err": last}
    except subprocess.TimeoutExpired as e:
        return {"name": name, "status": "timeout", "rc": None, "out": e.stdout, "err": f"after {e.timeout}s"}
    return {"name": name, "status": "ok", "rc": proc.returncode, "out": proc.stdout, "err": proc.stderr.strip()}


def main():
    results = [run_job(*job) for job in JOBS]
    width = max(len(r["name"]) for r in results)
    for r in results:
        print(f"{r['name']:<{width}}  {r['status']:<7} rc={r['rc']!s:<4} out={r['out']!r} err={r['err']!r}")
    ok = [r["name"] for r in results if r["status"] == "ok"]
    print(f"{len(ok)}/{len(results)} ok:", ", ".join(ok))
    data = json.loads(next(r for r in results if r["name"] == "json")["out"])
    print("decoded:", data)
    # lower-level API: Popen with pipes and communicate()
    with subprocess.Popen([PY, "-c", "import sys\nfor l in sys.stdin: print(l.strip().upper())"],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as p:
        out, err = p.communicate("abc\ndef\n")
    print("popen:", out.split(), err, p.returncode)
    raw = subprocess.run([PY, "-c", "import sys; sys.stdout.buffer.write(bytes(range(250, 256)))"],
                         stdout=subprocess.PIPE)
    print("bytes:", raw.stdout, type(raw.stdout).__name__, raw.stderr)
    print("check_output:", subprocess.check_output([PY, "-c", "print(6*7)"]))
    merged = subprocess.run([PY, "-c", "import sys; print('o'); sys.stdout.flush(); print('e', file=sys.stderr)"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    print("merged:", merged.stdout.split())
    rc = subprocess.call([PY, "-c", "raise SystemExit(7)"])
    print("call rc:", rc)
    cp = subprocess.run([PY, "-c", "pass"])
    print("completed:", cp.returncode, cp.stdout, cp.args[1:])
    try:
        cp2 = subprocess.run([PY, "-c", "import sys; sys.exit(2)"], capture_output=True)
        cp2.check_returncode()
    except subprocess.CalledProcessError as e:
        print("CalledProcessError:", str(e).replace(PY, "PY"))
    try:
        subprocess.run(["/nonexistent/tool-xyz"])
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.filename)


main()
