import os
import stat

base = '/tmp/baton_case_os_files'


def rmtree(p):
    for root, dirs, files in os.walk(p, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(p)


if os.path.exists(base):
    rmtree(base)
os.mkdir(base)
print(os.path.isdir(base), os.path.isfile(base), os.listdir(base))
try:
    os.mkdir(base)
except FileExistsError as e:
    print('FileExistsError', e.errno, e.strerror, e.filename == base)

f1 = os.path.join(base, 'a.txt')
with open(f1, 'w') as f:
    f.write('hello')
st = os.stat(f1)
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__)
print(isinstance(st, os.stat_result), st[stat.ST_SIZE] == st.st_size, os.path.getsize(f1))
print(abs(st.st_mtime - st.st_mtime_ns / 1e9) < 1e-3, os.path.getmtime(f1) == st.st_mtime)
print(stat.filemode(os.stat(base).st_mode)[0], stat.filemode(st.st_mode)[0])

os.makedirs(os.path.join(base, 'd1', 'd2', 'd3'))
os.makedirs(os.path.join(base, 'd1', 'd2'), exist_ok=True)
try:
    os.makedirs(os.path.join(base, 'd1', 'd2'))
except FileExistsError as e:
    print('FileExistsError', e.strerror)
with open(os.path.join(base, 'd1', 'b.txt'), 'w') as f:
    f.write('x' * 10)
with open(os.path.join(base, 'd1', 'd2', 'c.txt'), 'w') as f:
    f.write('y')
print(sorted(os.listdir(base)))

for root, dirs, files in os.walk(base):
    dirs.sort()
    print(os.path.relpath(root, base), sorted(dirs), sorted(files))
print('bottom-up:')
for root, dirs, files in os.walk(base, topdown=False):
    print(os.path.relpath(root, base), sorted(dirs), sorted(files))
errs = []
print(list(os.walk(os.path.join(base, 'missing'), onerror=errs.append)), type(errs[0]).__name__)

with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(e.name, e.path == os.path.join(base, e.name), e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size if e.is_file() else '-')
print(repr(entries[0]).startswith('<DirEntry'), os.fspath(entries[0]) == entries[0].path)

f2 = os.path.join(base, 'renamed.txt')
os.rename(f1, f2)
print(os.path.exists(f1), os.path.exists(f2))
os.replace(f2, f1)
link = os.path.join(base, 'lnk')
os.symlink(f1, link)
print(os.path.islink(link), os.path.islink(f1), os.readlink(link) == f1, os.path.samefile(link, f1))
print(stat.S_ISLNK(os.lstat(link).st_mode), stat.S_ISLNK(os.stat(link).st_mode))
print(os.path.realpath(link) == os.path.realpath(f1))
os.unlink(link)

for fn, args in [(os.remove, (f2,)), (os.rmdir, (os.path.join(base, 'd1'),)), (os.stat, (f2,)),
                 (os.listdir, (f2,)), (os.rename, (f2, f1)), (os.chdir, (f2,)), (os.rmdir, (f1,)),
                 (os.listdir, (f1,))]:
    try:
        fn(*args)
    except OSError as e:
        print(fn.__name__, type(e).__name__, e.errno, str(e).replace(base, 'BASE'))

old = os.getcwd()
os.chdir(base)
print(os.getcwd() == os.path.realpath(base), sorted(os.listdir()), os.path.exists('a.txt'))
os.chdir(old)
print(os.getcwd() == old)

os.removedirs(os.path.join(base, 'd1', 'd2', 'd3'))
print(sorted(os.listdir(os.path.join(base, 'd1'))))
print(sorted(os.listdir(base.encode())))
rmtree(base)
print(os.path.exists(base))
