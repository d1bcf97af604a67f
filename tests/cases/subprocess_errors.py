# subprocess failures: missing programs, bad cwd, permissions, bad arguments.
import os
import subprocess

def attempt(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
        print(label, 'ok', result)
    except Exception as e:
        print(label, type(e).__name__, e)
        return e

e = attempt('missing', subprocess.run, ['nope_no_such_program_x'])
print(e.errno, e.filename, e.strerror)
attempt('missing Popen', subprocess.Popen, 'nope_no_such_program_x')
attempt('missing abs', subprocess.run, ['/nonexistent_dir_x/prog'])
attempt('missing call', subprocess.call, ['nope_no_such_program_x', 'arg'])
attempt('missing check_output', subprocess.check_output, ['nope_no_such_program_x'])
attempt('bad cwd', subprocess.run, ['ls'], cwd='/nonexistent_dir_x')
plain = '/tmp/baton_case_subprocess_errors_plain'
with open(plain, 'w') as f:
    f.write('echo hi\n')
os.chmod(plain, 0o644)
e = attempt('not executable', subprocess.run, [plain])
print(e.filename == plain)
os.unlink(plain)
attempt('a directory', subprocess.run, ['/'])
attempt('no PATH match', subprocess.run, ['sh'], env={'PATH': '/nonexistent_dir_x'})
attempt('executable missing', subprocess.run, ['sh', '-c', 'true'], executable='/nonexistent_x')
attempt('preexec_fn', subprocess.run, ['true'], preexec_fn=lambda: 1 / 0)

attempt('input+stdin', subprocess.run, ['cat'], input=b'x', stdin=subprocess.PIPE)
attempt('capture+stdout', subprocess.run, ['true'], capture_output=True, stdout=subprocess.PIPE)
attempt('capture+stderr', subprocess.run, ['true'], capture_output=True, stderr=subprocess.PIPE)
attempt('check_output stdout', subprocess.check_output, ['true'], stdout=subprocess.PIPE)
attempt('check_output check', subprocess.check_output, ['true'], check=False)
attempt('text vs universal', subprocess.Popen, ['true'], text=True, universal_newlines=False)
attempt('bufsize', subprocess.Popen, ['true'], bufsize='big')
attempt('int arg', subprocess.run, ['echo', 1])
attempt('env name', subprocess.run, ['true'], env={'A=B': '1'})
attempt('startupinfo', subprocess.Popen, ['true'], startupinfo=object())
attempt('creationflags', subprocess.Popen, ['true'], creationflags=1)

# non-zero exits
attempt('check_call', subprocess.check_call, ['sh', '-c', 'exit 2'])
attempt('check_call str', subprocess.check_call, 'exit 9', shell=True)
e = attempt('check_output', subprocess.check_output, 'echo some; exit 1', shell=True)
print(repr(e.output), repr(e.stdout), e.stderr, e.cmd)
e = attempt('run check', subprocess.run, ['sh', '-c', 'echo o; echo e >&2; exit 4'],
            capture_output=True, text=True, check=True)
print(repr(e.stdout), repr(e.stderr))
print(subprocess.call(['sh', '-c', 'exit 7']), subprocess.call('exit 0', shell=True))

# the exception classes
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError),
      issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError),
      issubclass(subprocess.SubprocessError, Exception))
e = subprocess.CalledProcessError(3, ['a', 'b'], output=b'out', stderr=b'err')
print(str(e), e.output, e.stdout, e.stderr)
e.stdout = b'changed'
print(e.output)
print(repr(str(subprocess.CalledProcessError(0, 'z'))))
e = subprocess.TimeoutExpired('cmd', 1.5)
print(str(e), e.output, e.stdout, e.stderr, e.timeout)
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
