# shutil: copytree (ignore, symlinks, dirs_exist_ok, copy_function), rmtree, move.
import os
import shutil

base = '/tmp/baton_case_shutil_tree'
shutil.rmtree(base, ignore_errors=True)

def make(rel, text=''):
    path = os.path.join(base, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)

def tree(root):
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]):
            p = os.path.join(dirpath, name)
            out.append(os.path.relpath(p, root) + ('@' if os.path.islink(p) else ''))
    return out

for rel in ['src/a.txt', 'src/b.pyc', 'src/sub/c.txt', 'src/sub/deep/d.txt', 'src/tmp/e.txt']:
    make(rel, rel)
os.symlink('a.txt', os.path.join(base, 'src/link'))
os.symlink('sub', os.path.join(base, 'src/dirlink'))
os.utime(os.path.join(base, 'src/sub'), (1000000000, 1000000000))
src = os.path.join(base, 'src')

r = shutil.copytree(src, os.path.join(base, 'plain'))
print(os.path.relpath(r, base), tree(r))
print(os.stat(os.path.join(base, 'plain/sub')).st_mtime)
r = shutil.copytree(src, os.path.join(base, 'links'), symlinks=True)
print(tree(r))
r = shutil.copytree(src, os.path.join(base, 'ign'), ignore=shutil.ignore_patterns('*.pyc', 'tmp'))
print(tree(r))
seen = []
def ignore(path, names):
    seen.append((os.path.relpath(path, base), sorted(names)))
    return {'deep'}
shutil.copytree(src, os.path.join(base, 'ign2'), ignore=ignore)
print(sorted(seen))
try:
    shutil.copytree(src, os.path.join(base, 'plain'))
except FileExistsError as e:
    print('FileExistsError', e.errno)
make('plain/extra.txt')
shutil.copytree(src, os.path.join(base, 'plain'), dirs_exist_ok=True)
print(tree(os.path.join(base, 'plain')))
copied = []
shutil.copytree(src, os.path.join(base, 'cf'), copy_function=lambda s, d: copied.append(os.path.relpath(s, base)))
print(sorted(copied))
print(sorted(shutil.ignore_patterns('*.txt', 'b*')('x', ['a.txt', 'b.pyc', 'c.py'])))
try:
    shutil.copytree(os.path.join(base, 'missing'), os.path.join(base, 'never'))
except FileNotFoundError as e:
    print('missing src', e.strerror, os.path.exists(os.path.join(base, 'never')))

# rmtree
errors = []
def onerror(func, path, exc_info):
    errors.append((func.__name__, os.path.relpath(path, base), exc_info[0].__name__))
shutil.rmtree(os.path.join(base, 'missing'), onerror=onerror)
shutil.rmtree(os.path.join(base, 'src/link'), onerror=onerror)
shutil.rmtree(os.path.join(base, 'src/a.txt'), onerror=onerror)
print(errors)
for target in ['missing', 'src/link']:
    try:
        shutil.rmtree(os.path.join(base, target))
    except OSError as e:
        print(type(e).__name__, e.strerror if e.errno else e)
shutil.rmtree(os.path.join(base, 'missing'), ignore_errors=True)
shutil.rmtree(os.path.join(base, 'links'))
print(os.path.exists(os.path.join(base, 'links')), os.path.exists(os.path.join(base, 'src/sub/c.txt')))

# move
print(os.path.relpath(shutil.move(os.path.join(base, 'ign'), os.path.join(base, 'moved')), base))
os.mkdir(os.path.join(base, 'into'))
print(os.path.relpath(shutil.move(os.path.join(base, 'moved'), os.path.join(base, 'into')), base))
print(os.path.relpath(shutil.move(os.path.join(base, 'plain/a.txt'), os.path.join(base, 'into')), base))
make('plain/a.txt')
try:
    shutil.move(os.path.join(base, 'plain/a.txt'), os.path.join(base, 'into'))
except shutil.Error as e:
    print('Error:', str(e).replace(base, 'B'))
print(tree(os.path.join(base, 'into')))
shutil.rmtree(base)
print(os.path.exists(base))
