# argparse: help and usage layout
import os
os.environ['COLUMNS'] = '80'
import argparse
import sys

p = argparse.ArgumentParser(
    prog='PROG',
    description='A program that does many things with many arguments; the '
                'description is long enough to be wrapped over several lines.',
    epilog='See the manual for more.  %(prog)s is free software.')
p.add_argument('src', help='the source file')
p.add_argument('dst', nargs='?', default='out.txt', help='destination (default: %(default)s)')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('-q', '--quiet', action='store_true')
p.add_argument('-n', '--number', type=int, default=3, metavar='N',
               help='how many times to do the thing; this help text is long and wraps around')
p.add_argument('--mode', choices=['fast', 'slow', 'medium'], default='fast',
               help='one of %(choices)s (type %(type)s)')
p.add_argument('--pair', nargs=2, metavar=('KEY', 'VALUE'), help='a key and a value')
p.add_argument('--opt', nargs='?', const='C')
p.add_argument('--many', nargs='*')
p.add_argument('--more', nargs='+')
p.add_argument('--feature', action=argparse.BooleanOptionalAction, help='toggle the feature')
p.add_argument('--secret', help=argparse.SUPPRESS)
p.add_argument('--version', action='version', version='%(prog)s 2.0')
grp = p.add_argument_group('advanced', 'Options for experts only.')
grp.add_argument('--level', type=int, help='the level')
grp.add_argument('--a-really-long-option-name-here', help='long names push the help to the next line')
print(p.format_help())
print(p.format_usage(), end='')

# print_help / print_usage to a file-like object
class Collect:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collect()
p.print_usage(c)
print(repr(''.join(c.parts)))

# the version action prints and exits 0
saved = sys.stdout
sys.stdout = c
try:
    p.parse_args(['--version'])
except SystemExit as e:
    code = e.code
finally:
    sys.stdout = saved
print(code, repr(c.parts[-1]))

# explicit usage, no help option, empty parser
print(argparse.ArgumentParser(prog='u', usage='%(prog)s [options] FILE').format_usage(), end='')
print(repr(argparse.ArgumentParser(prog='bare', add_help=False).format_help()))
print(argparse.ArgumentParser(prog='d', description='%(prog)s: a tool').format_help())

# long usage wrapping with a long program name
long = argparse.ArgumentParser(prog='an_unusually_long_program_name_for_wrapping_tests_here')
for i in range(5):
    long.add_argument('--option-%d' % i, metavar='VALUE')
long.add_argument('first')
long.add_argument('rest', nargs='+')
print(long.format_usage())
