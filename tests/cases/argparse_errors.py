# argparse: errors when defining arguments and when parsing
import os
os.environ['COLUMNS'] = '80'
import argparse
import sys

p = argparse.ArgumentParser(prog='err')
p.add_argument('--foo')
bad_definitions = [
    lambda: p.add_argument('--foo'),
    lambda: p.add_argument('-x', nargs=0),
    lambda: p.add_argument('pos', required=True),
    lambda: p.add_argument('-t', type='int'),
    lambda: p.add_argument('-a', action='nope'),
    lambda: p.add_argument('-m', nargs=2, metavar=('A',)),
    lambda: p.add_argument('pos', dest='other'),
    lambda: p.add_argument('--', help='x'),
    lambda: p.add_argument('-c', const=1),
    lambda: p.add_argument('x', 'y'),
    lambda: p.add_argument('-s', nargs='x'),
    lambda: p.add_argument('--st', action='store_true', type=int),
    lambda: argparse.ArgumentParser(conflict_handler='bogus'),
]
for make in bad_definitions:
    try:
        make()
        print('no error')
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__ + ':', e)

# exit_on_error=False raises ArgumentError from parse_args
q = argparse.ArgumentParser(prog='q', exit_on_error=False)
q.add_argument('--num', type=int)
q.add_argument('--pick', choices=['a', 'b'])
q.add_argument('--two', nargs=2)


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % text)
    return value


q.add_argument('--pos', type=positive)
for argv in [['--num', 'x'], ['--pick', 'c'], ['--two', '1'], ['--num'], ['--pos', '-3'],
             ['--pos', 'zz'], ['--pos', '4']]:
    try:
        print(argv, '->', q.parse_args(argv))
    except argparse.ArgumentError as e:
        print(argv, '-> ArgumentError:', e, '|', e.argument_name, '|', e.message)


# with exit_on_error (the default): usage and message on stderr, status 2
class Sink:
    def __init__(self):
        self.text = ''
    def write(self, s):
        self.text += s


r = argparse.ArgumentParser(prog='r', allow_abbrev=False)
r.add_argument('--verbose', action='store_true')
r.add_argument('--value')
r.add_argument('target')
amb = argparse.ArgumentParser(prog='amb')
amb.add_argument('--alpha')
amb.add_argument('--alps')
for parser, argv in [(r, []), (r, ['t', 'u']), (r, ['--verb', 't']), (r, ['t', '--verbose=1']),
                     (r, ['t', '--value']), (amb, ['--al', '1'])]:
    saved = sys.stderr
    sys.stderr = sink = Sink()
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print(argv, 'exit', e.code)
    finally:
        sys.stderr = saved
    print(sink.text, end='')
