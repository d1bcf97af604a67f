# os: the exec* family with PATH search (execlp, execvpe, a missing program), and Linux constants (sysexits, O_*, SEEK_*, W*, CLD_*, PRIO_*, RTLD_*).
import os, sys
print(os.EX_USAGE, os.EX_CONFIG, os.O_PATH, os.SEEK_HOLE, os.WEXITED, os.CLD_EXITED, os.PRIO_USER, os.RTLD_NOW)
pid = os.fork()
if pid == 0:
    os.execlp("sh", "sh", "-c", "exit 7")
_, status = os.waitpid(pid, 0)
print(os.waitstatus_to_exitcode(status))
pid = os.fork()
if pid == 0:
    os.execvpe("sh", ["sh", "-c", 'exit $CODE'], {"CODE": "5", "PATH": os.environ["PATH"]})
_, status = os.waitpid(pid, 0)
print(os.waitstatus_to_exitcode(status))
pid = os.fork()
if pid == 0:
    try:
        os.execvp("no-such-program-xyz", ["x"])
    except FileNotFoundError as e:
        os._exit(3)
_, status = os.waitpid(pid, 0)
print(os.waitstatus_to_exitcode(status))
