import os

print(isinstance(os.environ['PATH'], str), 'PATH' in os.environ, os.getenv('BATON_NO_SUCH_VAR'), os.getenv('BATON_NO_SUCH_VAR', 'd'))
os.environ['BATON_CASE_X'] = 'one'
print(os.environ['BATON_CASE_X'], os.environ.get('BATON_CASE_X'), os.getenv('BATON_CASE_X'))
os.environ.setdefault('BATON_CASE_X', 'two')
os.environ.setdefault('BATON_CASE_Y', 'two')
print(os.environ['BATON_CASE_Y'])
del os.environ['BATON_CASE_X']
print('BATON_CASE_X' in os.environ)
try:
    os.environ['BATON_CASE_X']
except KeyError as e:
    print('KeyError', e)
try:
    os.environ['BATON_CASE_Z'] = 1
except TypeError as e:
    print('TypeError', e)
print(type(os.environ.copy()).__name__, len(os.environ) == len(list(os.environ)))
os.environ.pop('BATON_CASE_Y')
print(os.environ.get('BATON_CASE_Y'))

r, w = os.pipe()
print(os.write(w, b'abc'), os.write(w, bytearray(b'de')))
print(os.read(r, 3), os.read(r, 100))
os.close(w)
print(os.read(r, 10))
os.close(r)
try:
    os.close(r)
except OSError as e:
    print(type(e).__name__, e.errno, e)

path = '/tmp/baton_case_os_env_fd.bin'
fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
os.write(fd, b'0123456789')
os.close(fd)
fd = os.open(path, os.O_RDONLY)
print(os.read(fd, 4), os.lseek(fd, 2, os.SEEK_SET), os.read(fd, 2), os.fstat(fd).st_size, os.isatty(fd))
fd2 = os.dup(fd)
print(fd2 != fd, os.read(fd2, 100))
os.close(fd2)
os.close(fd)
print(os.access(path, os.F_OK), os.access(path, os.R_OK), os.access(path + '.no', os.F_OK))
os.remove(path)
try:
    os.open(path, os.O_RDONLY)
except FileNotFoundError as e:
    print('FileNotFoundError', e)
print(os.strerror(2), os.strerror(13))
print(len(os.urandom(16)), type(os.urandom(0)).__name__)
print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0, type(os.getuid()).__name__)
print(os.cpu_count() >= 1)
os.kill(os.getpid(), 0)
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.O_RDONLY, os.O_WRONLY, os.O_RDWR)
