# Children killed by signals; CalledProcessError names the signal.
import subprocess

p = subprocess.Popen(['sleep', '5'])
p.kill()
print('kill:', p.wait())
p = subprocess.Popen(['sleep', '5'])
p.terminate()
print('terminate:', p.wait())

try:
    subprocess.run(['sh', '-c', 'kill -9 $$'], check=True)
except subprocess.CalledProcessError as e:
    print(e)
    print(e.returncode)
try:
    subprocess.check_call(['sh', '-c', 'kill -TERM $$'])
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.check_output('kill -INT $$', shell=True)
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.getstatusoutput('echo before; kill -9 $$'))
print(str(subprocess.CalledProcessError(-15, 'x')))
print(str(subprocess.CalledProcessError(-200, ['y'])))

# signals ignored by the interpreter (SIGPIPE) are restored in the child
r = subprocess.run(['sh', '-c', 'grep SigIgn /proc/self/status'], capture_output=True, text=True)
mask = int(r.stdout.split()[1], 16)
# SIGPIPE (13) and SIGXFSZ (25) must not be ignored (other bits depend on the caller)
print(bool(mask & (1 << 12)), bool(mask & (1 << 24)))
r = subprocess.run('yes | head -n 2', shell=True, capture_output=True, text=True, timeout=20)
print(repr(r.stdout), r.returncode)
