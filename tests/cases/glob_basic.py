# glob: patterns, recursion, hidden files, root_dir, escape
import glob
import os

base = '/tmp/baton_case_glob_basic'
files = ['a.txt', 'b.py', 'c.txt', '.hidden', 'sub/d.txt', 'sub/e.py', 'sub/.h2/f.txt',
         'sub/deep/g.txt', 'x[1].txt', 'what?.txt', '.hd/h.txt']


def cleanup():
    if os.path.isdir(base):
        for root, dirs, names in os.walk(base, topdown=False):
            for n in names:
                os.remove(os.path.join(root, n))
            for d in dirs:
                os.rmdir(os.path.join(root, d))
        os.rmdir(base)


cleanup()
for rel in files:
    path = os.path.join(base, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(rel)

old = os.getcwd()
os.chdir(base)
try:
    for pat in ['*', '*.txt', '.*', '?.py', '[ab].*', '[!a]*', 'sub/*', 'sub/*/*.txt',
                '*/', 'sub/', 'nosuch*', 'a.txt', 'nosuch', 'x[[]1].txt', '**',
                '**/*.txt', 'sub/**', '**/', '']:
        print(repr(pat), sorted(glob.glob(pat)))
        print('   recursive', sorted(glob.glob(pat, recursive=True)))
        print('   hidden   ', sorted(glob.glob(pat, recursive=True, include_hidden=True)))
    print(sorted(glob.iglob('**/*.py', recursive=True)))
    print(type(glob.iglob('*')).__name__ != 'list')
    print(sorted(glob.glob(glob.escape('x[1].txt'))), sorted(glob.glob(glob.escape('what?.txt'))))
    print(sorted(glob.glob('*.txt', root_dir=os.path.join(base, 'sub'))))
    print(sorted(glob.glob('**', root_dir='sub', recursive=True)))
    print(sorted(glob.glob(b'*.py')), sorted(glob.glob(b'sub/*')))
finally:
    os.chdir(old)

print([p[len(base):] for p in sorted(glob.glob(base + '/sub/*.*'))])
print([p[len(base):] for p in sorted(glob.glob(os.path.join(base, '**', '*.py'), recursive=True))])
print(glob.escape('a*b?c[d]'), glob.escape('/plain/path'), glob.escape(b'x*'))
print(glob.has_magic('a['), glob.has_magic('abc'), glob.has_magic(b'a?'))
cleanup()
print(os.path.exists(base))
