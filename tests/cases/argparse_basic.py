# argparse: the common actions, Namespace, parse_known_args
import os
os.environ['COLUMNS'] = '80'
import argparse

p = argparse.ArgumentParser(prog='tool')
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out.txt')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-q', '--quiet', action='store_true')
p.add_argument('--no-color', dest='color', action='store_false')
p.add_argument('-n', '--number', type=int, default=3)
p.add_argument('--ratio', type=float)
p.add_argument('-I', '--include', action='append')
p.add_argument('--answer', action='store_const', const=42)
p.add_argument('--tag', action='append_const', const='t', dest='tags')
p.add_argument('--ext', action='extend', nargs='+')
p.add_argument('--feature', action=argparse.BooleanOptionalAction, default=True)
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')

for argv in [['a'], ['a', 'b'], ['-vvv', 'x'], ['x', '-v', '--verbose'],
             ['-n', '5', 'x'], ['-n7', 'x'], ['--number=9', 'x'], ['--num', '4', 'x'],
             ['-qv', 'x'], ['x', '--ratio', '2.5', '--mode', 'slow'],
             ['x', '-I', 'a', '-I', 'b', '--include=c'], ['x', '--answer', '--tag', '--tag'],
             ['x', '--ext', 'a', 'b', '--ext', 'c'], ['x', '--no-feature', '--no-color'],
             ['--', '-dash'], ['x', '-n', '-3']]:
    ns = p.parse_args(argv)
    print(argv, '->', ns)

ns = p.parse_args(['a'])
print(ns.src, ns.dst, ns.verbose, ns.quiet, ns.color, ns.number, ns.feature)
print(vars(ns)['mode'], 'src' in ns, 'nope' in ns)

# parse_known_args leaves the unknown strings
ns, rest = p.parse_known_args(['a', '--zzz', 'b', '-k', '--number', '2'])
print(ns.number, ns.dst, rest)

# Namespace
n1 = argparse.Namespace(a=1, b='x')
n2 = argparse.Namespace(b='x', a=1)
print(n1, n1 == n2, n1 != argparse.Namespace(a=1), n1 == 5)
print(argparse.Namespace(**{'dashed-name': 1, 'ok': 2}))
n1.c = [1]
print(sorted(vars(n1)))

# a namespace given to parse_args keeps its attributes
class Holder:
    pass
h = Holder()
h.number = 100
p.parse_args(['z'], namespace=h)
print(h.src, h.number, h.verbose)

# defaults: set_defaults, get_default, argument_default
p2 = argparse.ArgumentParser(argument_default=argparse.SUPPRESS)
p2.add_argument('--x')
p2.add_argument('--y', default=1)
p2.set_defaults(z='zed')
print(p2.parse_args([]), p2.parse_args(['--x', '2']))
print(p2.get_default('y'), p2.get_default('z'), p2.get_default('x'))

# string defaults go through type; other defaults do not
p3 = argparse.ArgumentParser()
p3.add_argument('--a', type=int, default='10')
p3.add_argument('--b', type=int, default=2.5)
print(p3.parse_args([]))
