# shutil: copyfileobj, copyfile, copymode, copystat, copy, copy2 and their errors.
import os
import shutil

base = '/tmp/baton_case_shutil_copy'
shutil.rmtree(base, ignore_errors=True)
os.mkdir(base)
src = os.path.join(base, 'src.txt')
with open(src, 'w') as f:
    f.write('line one\nline two\n' * 1000)
os.chmod(src, 0o640)
os.utime(src, (1000000000, 1200000000))

class Chunks:
    def __init__(self):
        self.parts = []
    def write(self, b):
        self.parts.append(b)

with open(src, 'rb') as f:
    sink = Chunks()
    shutil.copyfileobj(f, sink, 5000)
print(len(sink.parts), [len(p) for p in sink.parts], sum(map(len, sink.parts)))

dst = os.path.join(base, 'dst.txt')
print(shutil.copyfile(src, dst) == dst)
with open(dst) as f:
    print(len(f.read()))
print(oct(os.stat(dst).st_mode & 0o777))
shutil.copymode(src, dst)
print(oct(os.stat(dst).st_mode & 0o777), os.stat(dst).st_mtime == 1200000000)
shutil.copystat(src, dst)
st = os.stat(dst)
print(st.st_mtime)

os.chmod(src, 0o604)
sub = os.path.join(base, 'sub')
os.mkdir(sub)
r = shutil.copy(src, sub)
print(os.path.relpath(r, base), oct(os.stat(r).st_mode & 0o777), os.stat(r).st_mtime == 1200000000)
r = shutil.copy2(src, os.path.join(sub, 'two.txt'))
print(os.path.relpath(r, base), oct(os.stat(r).st_mode & 0o777), os.stat(r).st_mtime)

# symbolic links
link = os.path.join(base, 'link')
os.symlink('src.txt', link)
r = shutil.copy(link, os.path.join(base, 'followed'))
print(os.path.islink(r), os.path.getsize(r))
r = shutil.copy2(link, os.path.join(base, 'as_link'), follow_symlinks=False)
print(os.path.islink(r), os.readlink(r))
r = shutil.copyfile(link, os.path.join(base, 'as_link2'), follow_symlinks=False)
print(os.path.islink(r))

def show(label, func, *args, **kw):
    try:
        func(*args, **kw)
        print(label, 'ok')
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(base, 'BASE'))

show('same', shutil.copyfile, src, src)
show('same via link', shutil.copy, link, src)
show('missing src', shutil.copyfile, os.path.join(base, 'missing'), dst)
show('missing dir', shutil.copyfile, src, os.path.join(base, 'nodir', 'x'))
show('dst is dir', shutil.copyfile, src, sub)
show('src is dir', shutil.copyfile, sub, dst)
show('copymode missing', shutil.copymode, os.path.join(base, 'missing'), dst)
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError),
      issubclass(shutil.SpecialFileError, OSError), shutil.COPY_BUFSIZE)
shutil.rmtree(base)
print(os.path.exists(base))
