# tempfile: NamedTemporaryFile, TemporaryFile, TemporaryDirectory, SpooledTemporaryFile.
import os
import tempfile

with tempfile.NamedTemporaryFile() as f:
    name = f.name
    print(os.path.isabs(name), os.path.exists(name), f.delete, f.closed)
    print(f.write(b'first\nsecond\n'))
    f.flush()
    print(os.path.getsize(name))
    f.seek(0)
    print(f.read(), f.tell())
    f.seek(0)
    print(list(f))
    print(f.readable(), f.writable(), isinstance(f.fileno(), int))
print(f.closed, os.path.exists(name))

f = tempfile.NamedTemporaryFile('w+', suffix='.log', prefix='case_', delete=False, encoding='utf-8')
base = os.path.basename(f.name)
print(base.startswith('case_'), base.endswith('.log'), len(base))
f.write('caf\u00e9\n')
f.close()
print(f.closed, os.path.exists(f.name))
with open(f.name, encoding='utf-8') as g:
    print(repr(g.read()))
os.unlink(f.name)

f = tempfile.NamedTemporaryFile(mode='w')
f.write('x')
name = f.name
f.close()
f.close()
print(os.path.exists(name))
f = tempfile.NamedTemporaryFile()
name = f.name
del f
print(os.path.exists(name))

with tempfile.TemporaryFile() as t:
    t.write(b'anonymous')
    t.seek(0)
    print(t.read())
with tempfile.TemporaryFile('w+', newline='') as t:
    t.write('one\r\ntwo\n')
    t.seek(0)
    print(repr(t.read()))

with tempfile.TemporaryDirectory(prefix='case_td_') as d:
    print(type(d).__name__, os.path.isdir(d), os.path.basename(d).startswith('case_td_'))
    os.makedirs(os.path.join(d, 'a', 'b'))
    with open(os.path.join(d, 'a', 'b', 'f.txt'), 'w') as f:
        f.write('data')
    os.symlink('/', os.path.join(d, 'a', 'root'))
print(os.path.exists(d))

td = tempfile.TemporaryDirectory(suffix='_s')
print(repr(td) == '<TemporaryDirectory %r>' % td.name, td.name.endswith('_s'))
td.cleanup()
print(os.path.exists(td.name))
td.cleanup()
os.mkdir(td.name)
td.cleanup()
print(os.path.exists(td.name))
td = tempfile.TemporaryDirectory(ignore_cleanup_errors=True)
name = td.name
td.cleanup()
print(os.path.exists(name))
td = tempfile.TemporaryDirectory()
name = td.name
del td
print(os.path.exists(name))
print(tempfile.TemporaryDirectory[str])

s = tempfile.SpooledTemporaryFile(max_size=100)
s.write(b'hello ')
s.write(b'world')
s.seek(0)
print(s.read(), s.tell(), s.closed)
s.seek(6)
print(s.read(3), s.readline())
s.write(b'!' * 200)
s.seek(0)
print(len(s.read()), s._rolled)
s.close()
print(s.closed)
with tempfile.SpooledTemporaryFile(max_size=10, mode='w+') as s:
    s.write('line 1\nline 2\n')
    s.seek(0)
    print(s.readline(), s.readlines())
with tempfile.SpooledTemporaryFile() as s:
    s.write(b'abc')
    print(isinstance(s.fileno(), int), s._rolled)
    s.seek(0)
    print(s.read())
