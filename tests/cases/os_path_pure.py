import os
import os.path
import posixpath

print(os.path is posixpath, os.name, os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, os.altsep, repr(os.linesep), os.devnull)
for a in [('a', 'b'), ('a/', 'b'), ('/a', '/b', 'c'), ('', 'x'), ('a', '')]:
    print('join', a, os.path.join(*a))
for p in ['/a/b/c.txt', 'a/b/', '/', '', 'c', '//x//y', '.bashrc', 'a.b.c', 'x/.y.z', '...', b'/a/b.c']:
    print(repr(p), os.path.split(p), os.path.splitext(p), os.path.basename(p), os.path.dirname(p), os.path.isabs(p))
for p in ['', '.', '/', '//', '///', 'a/./b/../c', '/../x', '../../a/..', 'a//b/', b'/x/../y']:
    print('normpath', repr(p), repr(os.path.normpath(p)))
print(os.path.relpath('/a/b/c', '/a/x/y'), os.path.relpath('/a', '/a'), os.path.relpath('/a/b', '/'))
print(os.path.commonprefix(['/usr/lib', '/usr/local', '/usr/li']), repr(os.path.commonprefix([])))
print(os.path.commonpath(['/usr/lib', '/usr/local/x']), os.path.commonpath(['a/b', 'a/c']))
try:
    os.path.commonpath(['/a', 'b'])
except ValueError as e:
    print('ValueError', e)
try:
    os.path.join('a', b'b')
except TypeError as e:
    print('TypeError', e)
try:
    os.path.join('a', 3)
except TypeError as e:
    print('TypeError', e)
os.environ['BATON_OS_CASE_VAR'] = 'val'
print(os.path.expandvars('$BATON_OS_CASE_VAR/${BATON_OS_CASE_VAR}x/$NO_SUCH_VAR_Q/$/${'))
print(os.path.expanduser('x/~'), os.path.isabs(os.path.expanduser('~')))
print(os.path.abspath('/a/b/../c'), os.path.isabs(os.path.abspath('rel')))
print(os.path.abspath('rel') == os.path.join(os.getcwd(), 'rel'))
print(os.fspath('s'), os.fspath(b'b'))
class P:
    def __fspath__(self):
        return '/p/q.r'
print(os.fspath(P()), os.path.splitext(P()), os.path.join(P(), 'z'), isinstance(P(), os.PathLike))
try:
    os.fspath(1)
except TypeError as e:
    print('TypeError', e)
print(os.fsencode('é'), os.fsdecode(b'\xc3\xa9'))
