# Popen: communicate, poll/wait, signals, attributes, context manager.
import os
import subprocess
import threading

p = subprocess.Popen(['sh', '-c', 'read line; echo "got $line"; echo note >&2; exit 3'],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(isinstance(p.pid, int) and p.pid > 0, p.args, p.returncode)
out, err = p.communicate(b'hello\n')
print(out, err, p.returncode, p.poll(), p.wait())
print(p.stdin.closed, p.stdout.closed, p.stderr.closed)
print(repr(p))

# communicate in text mode, a single pipe, no pipes
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
print(p.communicate('text\r\nmode\n'), p.universal_newlines, p.text_mode)
p = subprocess.Popen(['echo', 'only stdout'], stdout=subprocess.PIPE)
print(p.communicate())
p = subprocess.Popen(['sh', '-c', 'echo only stderr >&2'], stderr=subprocess.PIPE)
print(p.communicate())
p = subprocess.Popen(['true'])
print(p.communicate(), p.returncode)
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
print(p.communicate(b'ignored'), p.returncode)

# big data in both directions does not deadlock
data = bytes(range(256)) * 3000
p = subprocess.Popen(['sh', '-c', 'cat; cat /dev/null >&2; echo end >&2'],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate(data)
print(len(out), out == data, err)
# the child does not read its input
p = subprocess.Popen(['true'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.communicate(data * 4))

# poll, wait, terminate, kill
p = subprocess.Popen(['sleep', '5'])
print(p.poll(), p.returncode)
p.terminate()
print(p.wait(), p.poll(), p.returncode)
p.kill()
p.terminate()
p.send_signal(9)
print('signals after exit are ignored')
p = subprocess.Popen(['sleep', '5'])
p.send_signal(9)
print(p.wait())
p = subprocess.Popen(['sh', '-c', 'kill -9 $$'])
print(p.wait())
p = subprocess.Popen(['sh', '-c', 'exit 255'])
print(p.wait())

# several threads waiting on one child
p = subprocess.Popen(['sleep', '0.3'])
results = []
threads = [threading.Thread(target=lambda: results.append(p.wait())) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)

# context manager waits and closes
with subprocess.Popen(['sh', '-c', 'echo ctx; exit 2'], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(p.returncode, p.stdout.closed)

long = subprocess.Popen(['echo', 'x' * 100], stdout=subprocess.DEVNULL)
print(repr(long))
long.wait()
print(repr(long))
print(repr(subprocess.Popen('exit 1', shell=True).wait()))
print(subprocess.Popen[bytes])
