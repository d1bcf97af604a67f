# argparse: subcommands
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


p = argparse.ArgumentParser(prog='vcs', description='A version control tool.')
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(dest='command', required=True, help='the command to run')
commit = sub.add_parser('commit', aliases=['ci'], help='record changes')
commit.add_argument('-m', '--message', required=True)
commit.add_argument('--amend', action='store_true')
commit.set_defaults(handler='do_commit')
push = sub.add_parser('push', help='send changes')
push.add_argument('remote', nargs='?', default='origin')
push.add_argument('-f', '--force', action='store_true')
push.set_defaults(handler='do_push', force='default-force')
sub.add_parser('status')          # no help=: not listed

print(p.format_help())
print(commit.format_help())
print(push.format_usage(), end='')
print(commit.prog, push.prog)

for argv in [['commit', '-m', 'first'], ['ci', '-m', 'x', '--amend'], ['push'],
             ['push', 'upstream', '-f'], ['--debug', 'status'], [],
             ['pull'], ['commit'], ['push', 'a', 'b'], ['push', '--nope']]:
    attempt(p, argv)

ns, extra = p.parse_known_args(['push', 'r', '--zzz', 'q'])
print(ns, extra)

# subcommands in their own group with a metavar; dest left out
p2 = argparse.ArgumentParser(prog='svc')
s2 = p2.add_subparsers(title='commands', description='Pick one of these.', metavar='CMD')
start = s2.add_parser('start', help='start the service')
start.add_argument('name')
s2.add_parser('stop', help='stop the service')
print(p2.format_help())
attempt(p2, [])
attempt(p2, ['start', 'web'])
attempt(p2, ['start'])

# no dest, not required: the choices name the missing argument
p3 = argparse.ArgumentParser(prog='x3')
s3 = p3.add_subparsers(required=True)
s3.add_parser('a')
s3.add_parser('b')
print(p3.format_usage(), end='')
attempt(p3, [])
attempt(p3, ['c'])
try:
    s3.add_parser('a')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
