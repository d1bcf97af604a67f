# getopt: getopt, gnu_getopt and their errors
import getopt
import os

os.environ.pop('POSIXLY_CORRECT', None)
cases = [
    (['-a', '1', '-b', 'file1', 'file2'], 'a:b', []),
    (['-a1', '-bc', 'rest'], 'a:bc', []),
    (['-bca', 'val', 'x'], 'a:bc', []),
    (['--alpha=3', '--be', 'file', '-b'], 'b', ['alpha=', 'beta']),
    (['--alpha', '3', '--', '-b'], 'b', ['alpha=']),
    (['x', '-b', 'y'], 'b', []),
    (['-', '-b'], 'b', []),
    (['--al'], '', ['al', 'alps']),
    (['--gamma'], '', 'gamma'),
    (('-b', 'tuple'), 'b', []),
    ([], 'ab', ['x']),
]
for args, short, long in cases:
    print(getopt.getopt(args, short, long))
    print(getopt.gnu_getopt(args, short, long))

errors = [
    (['-z'], 'b', []),
    (['-a'], 'a:', []),
    (['--al'], '', ['alpha', 'alps']),
    (['--alpha=1'], '', ['alpha']),
    (['--alpha'], '', ['alpha=']),
    (['--nope'], '', ['alpha']),
    (['x', '-q'], 'a', []),
]
for args, short, long in errors:
    for func in (getopt.getopt, getopt.gnu_getopt):
        try:
            print(func(args, short, long))
        except getopt.GetoptError as e:
            print(func.__name__, 'error:', e, '| opt:', repr(e.opt), '| msg:', e.msg)
            print('   ', repr(e), e.args)

print(getopt.gnu_getopt(['a', '-b', 'c', '--', '-x', 'd'], 'b'))
print(getopt.gnu_getopt(['a', '-b', 'c'], '+b'))
os.environ['POSIXLY_CORRECT'] = '1'
print(getopt.gnu_getopt(['a', '-b', 'c'], 'b'))
del os.environ['POSIXLY_CORRECT']
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))

# a typical main()
def main(argv):
    try:
        opts, args = getopt.getopt(argv, 'ho:v', ['help', 'output='])
    except getopt.GetoptError as err:
        return 'usage error: %s' % err
    output, verbose = None, False
    for o, a in opts:
        if o == '-v':
            verbose = True
        elif o in ('-h', '--help'):
            return 'help'
        elif o in ('-o', '--output'):
            output = a
    return output, verbose, args

for argv in [['-v', '-o', 'out', 'in1'], ['--output=o2', 'x'], ['--help'], ['-x'], ['--out', 'o3']]:
    print(argv, main(argv))
