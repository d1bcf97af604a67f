# subprocess.run: capture, text mode, shell, return codes, CompletedProcess.
import subprocess

r = subprocess.run(['echo', 'hello', 'world'], capture_output=True)
print(r)
print(type(r.stdout).__name__, r.returncode, r.args)

r = subprocess.run(['echo', 'hi'], stdout=subprocess.PIPE, text=True)
print(repr(r.stdout), r.stderr)

r = subprocess.run('echo $((6*7)); echo oops >&2; exit 3', shell=True,
                   capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print('check_returncode:', e)
    print(repr(e.stdout), repr(e.stderr), e.returncode)

r = subprocess.run(['sh', '-c', 'exit 0'])
print(r, r.check_returncode())

# input, bytes and text
r = subprocess.run(['cat'], input=b'bytes in\r\n', capture_output=True)
print(r.stdout)
r = subprocess.run(['cat'], input='one\r\ntwo\rthree\n', capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(['cat'], input='x\r\n', capture_output=True, universal_newlines=True)
print(repr(r.stdout))
r = subprocess.run(['tr', 'a-z', 'A-Z'], input='caf\u00e9', capture_output=True,
                   encoding='latin-1')
print(repr(r.stdout))
r = subprocess.run(['printf', 'a\\377b'], capture_output=True, text=True, errors='replace')
print(repr(r.stdout))
r = subprocess.run(['printf', 'caf\\303\\251'], capture_output=True, text=True)
print(repr(r.stdout), len(r.stdout))

# shell=True with a list runs the first item, the rest are $0, $1...
r = subprocess.run(['echo "$0-$1"', 'zero', 'one'], shell=True, capture_output=True)
print(r.stdout)
r = subprocess.run(['sh', '-c', 'echo "$@"', 'sh', 'a b', 'c'], capture_output=True)
print(r.stdout)

# check=True
try:
    subprocess.run(['sh', '-c', 'echo partial; exit 5'], check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(e)
    print(e.cmd, e.returncode, e.output, e.stdout, e.stderr)
print(subprocess.run(['true'], check=True).returncode)

cp = subprocess.CompletedProcess(['x'], 1, stdout='o', stderr=None)
print(cp)
print(subprocess.CompletedProcess('cmd', 0, None, b'e'))
print(subprocess.CompletedProcess[str])
