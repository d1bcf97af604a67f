# argparse: how nargs values share the command line
import os
os.environ['COLUMNS'] = '80'
import argparse
import sys


class Sink:
    def write(self, s):
        self.last = s


def attempt(parser, argv):
    saved = sys.stderr
    sys.stderr = sink = Sink()
    try:
        ns, rest = parser.parse_known_args(argv)
        print(argv, '->', ns, rest)
    except SystemExit as e:
        print(argv, '-> exit', e.code, sink.last.strip())
    finally:
        sys.stderr = saved


kinds = [None, '?', '*', '+', 2, argparse.REMAINDER]
inputs = [[], ['a'], ['a', 'b', 'c'], ['a', '-x', '1', 'b'],
          ['-x', '1', 'a', 'b', 'c'], ['a', '--', '-b'], ['a', 'b', '-x', '1', 'c']]
for first, second in [(None, '*'), ('?', '?'), ('*', None), ('+', 2), (2, '+'),
                      ('?', argparse.REMAINDER), ('+', '*')]:
    p = argparse.ArgumentParser(prog='p')
    p.add_argument('-x')
    p.add_argument('one', nargs=first)
    p.add_argument('two', nargs=second)
    print('##', p.format_usage().strip())
    for argv in inputs:
        attempt(p, argv)

# options with nargs
p = argparse.ArgumentParser(prog='o')
p.add_argument('--two', nargs=2, type=int)
p.add_argument('--any', nargs='*', default=['d'])
p.add_argument('--some', nargs='+')
p.add_argument('--maybe', nargs='?', const='const', default='default')
p.add_argument('rest', nargs=argparse.REMAINDER)
for argv in [['--two', '1', '2'], ['--two', '1'], ['--any'], ['--any', 'a', 'b'],
             ['--some'], ['--maybe'], ['--maybe', 'v'], ['--maybe=w', 'r1', '--two', '3', '4'],
             ['--some', 'a', 'b', '--', 'c']]:
    attempt(p, argv)

# negative numbers are arguments unless options look like numbers
p = argparse.ArgumentParser(prog='n')
p.add_argument('-x', type=float)
p.add_argument('nums', nargs='*', type=float)
for argv in [['-x', '-1', '-2', '-3.5'], ['-.5'], ['-1e3']]:
    attempt(p, argv)
q = argparse.ArgumentParser(prog='m')
q.add_argument('-1', dest='one', action='store_true')
q.add_argument('value', nargs='?')
for argv in [['-1'], ['-2'], ['7']]:
    attempt(q, argv)
