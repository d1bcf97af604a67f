# Popen/run stream plumbing: PIPE, DEVNULL, STDOUT, files, fds.
import os
import subprocess
import sys

tmp = '/tmp/baton_case_subprocess_pipes'

r = subprocess.run(['sh', '-c', 'echo out; echo err >&2'],
                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print('STDOUT merge:', r.stdout, r.stderr)
r = subprocess.run(['sh', '-c', 'echo out; echo err >&2'],
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
print('DEVNULL out:', r.stdout, r.stderr)
r = subprocess.run(['sh', '-c', 'echo out; echo err >&2'],
                   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
print('DEVNULL err:', r.stdout, r.stderr)
r = subprocess.run(['cat'], stdin=subprocess.DEVNULL, capture_output=True)
print('stdin DEVNULL:', r.stdout)

# a file object and a raw fd as stdout/stderr, a file as stdin
with open(tmp, 'w') as f:
    subprocess.run(['echo', 'to file'], stdout=f)
    subprocess.run(['sh', '-c', 'echo err to fd >&2'], stderr=f.fileno())
with open(tmp) as f:
    print(repr(f.read()))
with open(tmp) as f:
    r = subprocess.run(['tr', 'a-z', 'A-Z'], stdin=f, capture_output=True)
print(r.stdout)
fd = os.open(tmp, os.O_RDONLY)
r = subprocess.run(['wc', '-l'], stdin=fd, capture_output=True, text=True)
os.close(fd)
print(r.stdout.strip())
os.unlink(tmp)

# Popen streams read directly
p = subprocess.Popen(['printf', 'a\\nbb\\nccc'], stdout=subprocess.PIPE)
print(p.stdout.readline(), p.stdout.readlines())
p.stdout.close()
print(p.wait(), p.stdin, p.stderr)

p = subprocess.Popen(['printf', 'l1\\r\\nl2\\rl3\\n\\303\\251t\\303\\251'], stdout=subprocess.PIPE,
                     text=True)
print([line for line in p.stdout])
p.stdout.close()
p.wait()

p = subprocess.Popen(['printf', 'h\\303\\251llo w\\303\\266rld'], stdout=subprocess.PIPE, text=True)
print(repr(p.stdout.read(1)), repr(p.stdout.read(3)), repr(p.stdout.read(2)), repr(p.stdout.read()))
p.stdout.close()
p.wait()

with subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as p:
    p.stdin.write(b'written ')
    p.stdin.write(b'then closed\n')
    p.stdin.close()
    print(p.stdout.read())
print(p.returncode, p.stdout.closed, p.stdin.closed)

with subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as p:
    p.stdin.write('text line\n')
    p.stdin.flush()
    print(repr(p.stdout.readline()))
    p.stdin.close()
    print(repr(p.stdout.read()))

# stderr=STDOUT without a stdout pipe goes to our stdout
sys.stdout.flush()
r = subprocess.run(['sh', '-c', 'echo err-on-stdout >&2'], stderr=subprocess.STDOUT)
print('rc', r.returncode)
