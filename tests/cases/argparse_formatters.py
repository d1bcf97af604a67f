# argparse: formatter classes and the terminal width
import os
os.environ['COLUMNS'] = '80'
import argparse

DESC = '''First line of the description.
    An indented line,   with   spaces.

Second paragraph.'''


def build(formatter_class, prog='fmt'):
    p = argparse.ArgumentParser(prog=prog, description=DESC, epilog='  epilog   text  ',
                                formatter_class=formatter_class)
    p.add_argument('--count', type=int, default=3, help='how many\n  (one per line)')
    p.add_argument('--name', type=str, default='bob', help='the name (default %(default)r)')
    p.add_argument('--flag', action='store_true', help='a flag')
    p.add_argument('--none', type=str, help='no default shown for None? it is shown')
    p.add_argument('--nohelp', type=int, default=5)
    p.add_argument('value', type=float, help='a number')
    p.add_argument('extra', nargs='*', type=str, default=[], help='extra things')
    return p


for cls in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
            argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter,
            argparse.MetavarTypeHelpFormatter):
    print('=====', cls.__name__)
    print(build(cls).format_help())

# the width follows COLUMNS (minus 2)
for columns in ('40', '120'):
    os.environ['COLUMNS'] = columns
    print('===== COLUMNS', columns)
    print(build(argparse.HelpFormatter, prog='narrow_program_name').format_help())
os.environ['COLUMNS'] = '80'


# a formatter class with other settings
class Wide(argparse.HelpFormatter):
    def __init__(self, prog):
        super().__init__(prog, indent_increment=4, max_help_position=40, width=70)


print(build(Wide).format_help())
