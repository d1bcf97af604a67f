"""Run helper commands with subprocess: capture, check, timeouts, pipes, return codes."""
import subprocess
import sys

PY = sys.executable


def run(code, **kw):
    return subprocess.run([PY, "-c", code], capture_output=True, text=True, **kw)


r = run("print('hello'); import sys; print('oops', file=sys.stderr)")
print(r.returncode, repr(r.stdout), repr(r.stderr))
r = run("import sys; sys.exit(3)")
print("exit", r.returncode)
try:
    run("raise SystemExit(2)", check=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode, e.cmd[1])
try:
    run("import time; time.sleep(5)", timeout=0.5)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.timeout)
r = subprocess.run([PY, "-c", "import sys; data = sys.stdin.read(); print(data.upper(), end='')"],
                   input="piped text\nline two\n", capture_output=True, text=True)
print(repr(r.stdout))
out = subprocess.check_output([PY, "-c", "print(sum(range(101)))"], text=True)
print("check_output", out.strip())
p = subprocess.Popen([PY, "-c", "import sys\nfor line in sys.stdin: print(len(line.strip()))"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
stdout, _ = p.communicate("a\nbbb\ncc\n")
print("lengths", stdout.split(), p.returncode)
print(subprocess.call([PY, "-c", "pass"]), subprocess.run([PY, "-c", "print(1)"], stdout=subprocess.DEVNULL).stdout)
r = run("import sys; print(sys.argv[1:])", ) if False else subprocess.run([PY, "-c", "import sys; print(sys.argv[1:])", "x", "y z"], capture_output=True, text=True)
print(r.stdout.strip())
