# Timeouts: run/call/wait/communicate raise TimeoutExpired; output kept.
import subprocess
import time

t0 = time.monotonic()
try:
    subprocess.run(['sleep', '5'], timeout=0.2, capture_output=True)
except subprocess.TimeoutExpired as e:
    print('run:', e)
    print(e.cmd, e.timeout, e.output, e.stderr)

try:
    subprocess.run(['sh', '-c', 'echo early; exec sleep 5'], timeout=1,
                   capture_output=True, text=True)
except subprocess.TimeoutExpired as e:
    print('partial:', e, e.stdout, e.stderr)

try:
    subprocess.check_output(['sh', '-c', 'echo some; exec sleep 5'], timeout=1)
except subprocess.TimeoutExpired as e:
    print('check_output:', e, e.output)

try:
    subprocess.call(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('call:', e)

try:
    subprocess.check_call(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('check_call:', e)

p = subprocess.Popen(['sleep', '5'])
try:
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('wait:', e, p.returncode, p.poll())
p.kill()
print('killed:', p.wait())

# communicate can be called again after a timeout; nothing is lost
p = subprocess.Popen(['sh', '-c', 'echo first; exec sleep 1.5; echo never'],
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
try:
    p.communicate(timeout=0.3)
except subprocess.TimeoutExpired as e:
    print('communicate:', e.timeout)
out, err = p.communicate()
print(out, err, p.returncode)
try:
    p.communicate(b'late input')
except ValueError as e:
    print(e)

p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
try:
    out, err = p.communicate(b'data', timeout=10)
    print(out, err)
except subprocess.TimeoutExpired:
    print('unexpected timeout')

# a finished process never times out
p = subprocess.Popen(['true'])
print(p.wait(timeout=10), p.wait(timeout=0), p.wait())
print(subprocess.run(['true'], timeout=10).returncode)
print('quick', time.monotonic() - t0 < 30)
