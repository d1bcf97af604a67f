"""A make-like task runner that shells out to child Python processes.

Each task is a snippet run with `sys.executable -c`; the runner captures
output, feeds stdin, passes environment variables, enforces timeouts, checks
return codes, and prints a summary. Nothing printed depends on the machine.
"""
import os
import shlex
import subprocess
import sys
import textwrap
from dataclasses import dataclass, field


@dataclass
class Task:
    name: str
    code: str
    deps: list = field(default_factory=list)
    stdin: str = None
    env: dict = None
    timeout: float = 20
    expect_fail: bool = False


TASKS = [
    Task("hello", "print('hello from child'); print(2 ** 100)"),
    Task("argv", "import sys; print(sys.argv[1:])", deps=["hello"]),
    Task("stdin", "import sys; data = sys.stdin.read(); print(len(data.split()), data.upper().strip())",
         stdin="the quick brown\nfox\n"),
    Task("env", "import os; print(os.environ.get('RUNNER_STAGE'), os.environ.get('RUNNER_MISSING', '-'))",
         env={"RUNNER_STAGE": "build"}),
    Task("stderr", "import sys; print('to out'); print('warning: careful', file=sys.stderr)"),
    Task("fails", "import sys; print('partial'); sys.exit(3)", expect_fail=True),
    Task("crash", "raise RuntimeError('boom')", expect_fail=True, deps=["stderr"]),
    Task("slow", "import time; time.sleep(30)", timeout=0.5, expect_fail=True),
    Task("unicode", "print('naïve café ✓'.upper())"),
]


def order(tasks):
    """Topologically sort tasks by deps, keeping declaration order otherwise."""
    by_name = {t.name: t for t in tasks}
    done, result = set(), []

    def visit(t, stack=()):
        if t.name in stack:
            raise ValueError("cycle: " + " -> ".join(stack + (t.name,)))
        if t.name in done:
            return
        for d in t.deps:
            visit(by_name[d], stack + (t.name,))
        done.add(t.name)
        result.append(t)

    for t in tasks:
        visit(t)
    return result


def run_task(task):
    argv = [sys.executable, "-c", task.code]
    if task.name == "argv":
        argv += ["--mode", "fast", "file name.txt"]
    env = None
    if task.env is not None:
        env = dict(os.environ, **task.env)
    try:
        proc = subprocess.run(argv, input=task.stdin, capture_output=True, text=True,
                              env=env, timeout=task.timeout, check=not task.expect_fail)
    except subprocess.TimeoutExpired as exc:
        return "timeout", f"after {exc.timeout}s", ""
    except subprocess.CalledProcessError as exc:
        return "error", f"exit {exc.returncode}", exc.stderr
    status = "ok" if proc.returncode == 0 else f"exit {proc.returncode}"
    return status, proc.stdout, proc.stderr


def main():
    plan = order(TASKS)
    print("plan:", " ".join(t.name for t in plan))
    summary = {}
    for task in plan:
        status, out, err = run_task(task)
        summary[task.name] = status
        print(f"[{task.name}] {status}")
        for line in out.splitlines():
            print(textwrap.indent(line, "    | "))
        last_err = err.strip().splitlines()[-1:] if err.strip() else []
        for line in last_err:
            print(f"    ! {line}")
    print("summary:", sorted(summary.items()))

    out = subprocess.check_output([sys.executable, "-c", "print(6 * 7)"], text=True)
    print("check_output:", repr(out))
    try:
        subprocess.check_call([sys.executable, "-c", "import sys; sys.exit(5)"])
    except subprocess.CalledProcessError as exc:
        print("check_call:", exc.returncode, type(exc).__name__, str(exc).endswith("exit status 5."))
    try:
        subprocess.run(["definitely-not-a-real-program-xyz"])
    except FileNotFoundError as exc:
        print("FileNotFoundError:", exc.errno, exc.filename)
    cmd = shlex.split("python -c 'print(\"a b\")' --flag=\"x y\"")
    print("shlex:", cmd, shlex.join(["echo", "it's", "a b"]))

    with subprocess.Popen([sys.executable, "-c",
                           "import sys\nfor line in sys.stdin: print(line.strip()[::-1], flush=True)"],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as p:
        out, _ = p.communicate("abc\nrunner\n")
    print("popen:", out.split(), p.returncode)
    r = subprocess.run([sys.executable, "-c", "import sys; sys.stdout.buffer.write(bytes(range(5)))"],
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    print("bytes:", r.stdout, r.stderr, r.args[1:2])
    r = subprocess.run(f"{shlex.quote(sys.executable)} -c 'print(1+1)' | tr 2 Z", shell=True,
                       capture_output=True, text=True)
    print("shell:", r.stdout.strip(), r.returncode)


if __name__ == "__main__":
    main()
