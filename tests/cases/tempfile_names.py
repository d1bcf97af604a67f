# tempfile: gettempdir, mkstemp, mkdtemp, mktemp and the names they make.
import os
import stat
import tempfile

CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_'

def random_part_ok(name, prefix, suffix):
    middle = name[len(prefix):len(name) - len(suffix)]
    return name.startswith(prefix) and name.endswith(suffix) and len(middle) == 8 \
        and all(c in CHARS for c in middle)

tmp = tempfile.gettempdir()
print(os.path.isabs(tmp), os.path.isdir(tmp), tempfile.gettempdirb() == os.fsencode(tmp))
print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template, tempfile.TMP_MAX)

fd, path = tempfile.mkstemp()
print(type(fd).__name__, os.path.dirname(path) == tmp, random_part_ok(os.path.basename(path), 'tmp', ''))
print(oct(stat.S_IMODE(os.stat(path).st_mode)), os.get_inheritable(fd), os.path.getsize(path))
os.write(fd, b'payload')
os.close(fd)
with open(path, 'rb') as f:
    print(f.read())
os.unlink(path)

workdir = tempfile.mkdtemp(prefix='case_', suffix='.d')
print(random_part_ok(os.path.basename(workdir), 'case_', '.d'), os.path.dirname(workdir) == tmp)
print(oct(stat.S_IMODE(os.stat(workdir).st_mode)), os.listdir(workdir))

fd, path = tempfile.mkstemp(suffix='.txt', prefix='pre-', dir=workdir, text=True)
os.close(fd)
print(os.path.dirname(path) == workdir, random_part_ok(os.path.basename(path), 'pre-', '.txt'))
fd, bpath = tempfile.mkstemp(dir=workdir.encode())
os.close(fd)
print(type(bpath).__name__, random_part_ok(os.fsdecode(os.path.basename(bpath)), 'tmp', ''))
sub = tempfile.mkdtemp(dir=workdir, prefix='')
print(len(os.path.basename(sub)), os.path.isdir(sub))
bsub = tempfile.mkdtemp(dir=workdir.encode(), suffix=b'_b')
print(type(bsub).__name__, bsub.endswith(b'_b'))
names = set()
for i in range(50):
    fd, p = tempfile.mkstemp(dir=workdir)
    os.close(fd)
    names.add(p)
print(len(names), len(os.listdir(workdir)))

name = tempfile.mktemp(suffix='.x', dir=workdir)
print(os.path.exists(name), random_part_ok(os.path.basename(name), 'tmp', '.x'))

relative = tempfile.mkdtemp(dir='.')
print(relative.startswith('./tmp'), len(relative))
os.rmdir(relative)

for args in [dict(prefix=b'x', suffix='y'), dict(dir=workdir.encode(), prefix='p')]:
    try:
        tempfile.mkstemp(**args)
    except TypeError as e:
        print('TypeError:', e)
try:
    tempfile.mkstemp(dir='/nonexistent_dir_x')
except FileNotFoundError as e:
    print('FileNotFoundError', e.strerror)
try:
    tempfile.mkdtemp(dir='/nonexistent_dir_x')
except FileNotFoundError as e:
    print('FileNotFoundError', e.strerror)

saved = tempfile.tempdir
tempfile.tempdir = workdir
print(tempfile.gettempdir() == workdir)
fd, p = tempfile.mkstemp()
os.close(fd)
print(os.path.dirname(p) == workdir)
tempfile.tempdir = saved

import shutil
shutil.rmtree(workdir)
print(os.path.exists(workdir))
