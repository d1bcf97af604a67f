# Many threads starting and talking to children at once; files from tempfile.
import os
import shutil
import subprocess
import tempfile
import threading

results = {}
lock = threading.Lock()

def worker(n):
    data = ('%d\n' % n).encode() * (2000 + n * 500)
    r = subprocess.run(['sh', '-c', 'wc -l; echo err%d >&2' % n], input=data,
                       capture_output=True, timeout=60)
    p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    out, _ = p.communicate('thread %d\n' % n)
    with lock:
        results[n] = (int(r.stdout), r.stderr, out, p.returncode)

threads = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for n in sorted(results):
    print(n, results[n])

# a missing program from several threads at once
errors = []
def missing():
    try:
        subprocess.run(['nope_no_such_program_x'])
    except FileNotFoundError as e:
        with lock:
            errors.append(str(e))
threads = [threading.Thread(target=missing) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(errors), sorted(set(errors)))

# a small pipeline through files in a temporary directory
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, 'words.txt')
    with open(src, 'w') as f:
        f.write('pear\napple\nfig\napple\n')
    with open(os.path.join(d, 'sorted.txt'), 'w') as out:
        subprocess.run(['sort', '-u', src], stdout=out, check=True)
    shutil.copy(os.path.join(d, 'sorted.txt'), os.path.join(d, 'copy.txt'))
    print(subprocess.check_output(['cat', 'copy.txt'], cwd=d, text=True).split())
    print(sorted(os.listdir(d)))
    p1 = subprocess.Popen(['cat', src], stdout=subprocess.PIPE)
    p2 = subprocess.Popen(['grep', '-c', 'apple'], stdin=p1.stdout, stdout=subprocess.PIPE)
    p1.stdout.close()
    print(p2.communicate()[0], p1.wait(), p2.returncode)
print(os.path.exists(d))
