# shutil.which and shutil.get_terminal_size.
import os
import shutil

base = '/tmp/baton_case_shutil_which'
shutil.rmtree(base, ignore_errors=True)
os.makedirs(base + '/bin1')
os.makedirs(base + '/bin2/tool.d')
for rel, mode in [('bin1/tool', 0o644), ('bin2/tool', 0o755), ('bin2/other', 0o700),
                  ('bin1/both', 0o755), ('bin2/both', 0o755)]:
    with open(os.path.join(base, rel), 'w') as f:
        f.write('#!/bin/sh\n')
    os.chmod(os.path.join(base, rel), mode)

path = os.pathsep.join([base + '/bin1', base + '/bin2'])
def rel(p):
    return None if p is None else p.replace(base, 'B')
print(rel(shutil.which('tool', path=path)))
print(rel(shutil.which('both', path=path)))
print(rel(shutil.which('other', path=path)))
print(rel(shutil.which('tool.d', path=path)))
print(rel(shutil.which('missing', path=path)))
print(rel(shutil.which('tool', mode=os.F_OK, path=path)))
print(rel(shutil.which('tool', mode=os.R_OK, path=base + '/bin1')))
print(rel(shutil.which(base + '/bin2/tool')), rel(shutil.which(base + '/bin1/tool')))
print(shutil.which('tool', path=''))
print(shutil.which(b'tool', path=path.encode()).replace(base.encode(), b'B'))
old = os.environ.get('PATH')
os.environ['PATH'] = path
print(rel(shutil.which('tool')))
os.environ['PATH'] = old
sh = shutil.which('sh')
print(sh is not None and sh.endswith('/sh'), shutil.which('/bin/sh'), shutil.which('no_such_program_x'))
shutil.rmtree(base)

# terminal size: COLUMNS/LINES first, then the terminal, then the fallback
for name in ('COLUMNS', 'LINES'):
    os.environ.pop(name, None)
size = shutil.get_terminal_size()
print(type(size).__name__, size, size.columns, size.lines, tuple(size), size[0])
print(shutil.get_terminal_size((33, 11)))
os.environ['COLUMNS'] = '120'
print(shutil.get_terminal_size((33, 11)))
os.environ['LINES'] = '50'
print(shutil.get_terminal_size())
os.environ['COLUMNS'] = 'wide'
os.environ['LINES'] = '-3'
print(shutil.get_terminal_size((10, 5)))
os.environ['COLUMNS'] = '0'
os.environ['LINES'] = '7'
print(shutil.get_terminal_size((12, 0)))
del os.environ['COLUMNS'], os.environ['LINES']
print(shutil.get_terminal_size((0, 0)))
