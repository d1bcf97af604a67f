# re: re.error messages and positions for malformed patterns, as CPython.
import re

patterns = ['(', ')', 'a**', '[a-', '[z-a]', '(?P<1>a)', '(?P<a>x)(?P<a>y)', r'\1(a)',
            '(?<=a+)b', '(?z)', 'a{2,1}', '(?P=nope)', '*a', 'a|*', r'\x1', '(?#unclosed',
            '[]', r'\N{NOPE}', '(?i', 'x(?i)y']
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), '->', e.msg, '| pos', e.pos, '| line', e.lineno, e.colno)
try:
    re.compile('a\n(b')
except re.error as e:
    print(str(e), e.lineno, e.colno)
print(re.error.__name__, issubclass(re.error, Exception))
