# argparse: a missing required argument ends the program with status 2;
# usage and the error go to stderr
import os
os.environ['COLUMNS'] = '80'
import argparse

parser = argparse.ArgumentParser(prog='copy', description='Copy files.')
parser.add_argument('source')
parser.add_argument('dest')
parser.add_argument('-r', '--recursive', action='store_true')
parser.add_argument('--mode', choices=['fast', 'safe'], default='safe')
args = parser.parse_args(['a', 'b', '-r'])
print(args)
args = parser.parse_args(['--mode', 'fast', 'x', 'y'])
print(args.mode, args.source, args.dest, args.recursive)
print(parser.format_usage(), end='')
ns, rest = parser.parse_known_args(['s', 'd', '--extra'])
print(ns.source, ns.dest, rest)
print('about to fail')
parser.parse_args(['-r', 'only-one'])
print('not reached')
