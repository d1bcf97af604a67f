# argparse: mutually exclusive groups and argument groups
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
        print(argv, '->', parser.parse_args(argv))
    except SystemExit as e:
        print(argv, '-> exit', e.code, sink.last.strip())
    finally:
        sys.stderr = saved


p = argparse.ArgumentParser(prog='mx')
loud = p.add_mutually_exclusive_group()
loud.add_argument('-v', '--verbose', action='store_true')
loud.add_argument('-q', '--quiet', action='store_true')
need = p.add_mutually_exclusive_group(required=True)
need.add_argument('--file', help='read a file')
need.add_argument('--url', help='fetch a url')
need.add_argument('--stdin', action='store_true', help=argparse.SUPPRESS)
p.add_argument('names', nargs='*')
print(p.format_help())
for argv in [['--file', 'f'], ['--url', 'u', 'n1', 'n2'], ['-v', '-q', '--file', 'f'],
             ['--file', 'f', '--url', 'u'], [], ['-v'], ['--stdin', '-q']]:
    attempt(p, argv)

# a required group with one visible member gets no parentheses
one = argparse.ArgumentParser(prog='one')
g = one.add_mutually_exclusive_group(required=True)
g.add_argument('--only')
print(one.format_usage(), end='')

# groups inside argument groups; positional in a group
p2 = argparse.ArgumentParser(prog='grp')
io = p2.add_argument_group('input/output', 'Where data comes from and goes to.')
io.add_argument('--in', dest='inp', default='-')
io.add_argument('--out', default='-')
ex = io.add_mutually_exclusive_group()
ex.add_argument('--json', action='store_true')
ex.add_argument('--csv', action='store_true')
px = p2.add_mutually_exclusive_group()
px.add_argument('--all', action='store_true')
px.add_argument('item', nargs='?', default='x')
print(p2.format_help())
for argv in [['--json', '--in', 'a'], ['--json', '--csv'], ['--all'], ['thing'], ['--all', 'thing']]:
    attempt(p2, argv)

try:
    need.add_argument('--must', required=True)
except ValueError as e:
    print('ValueError:', e)
