# re: sub/subn with group references and callables, split, escape, flags.
import re

print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@example bob@site'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3'))
print(re.subn('a', 'b', 'aaa', count=2), re.subn('x', 'y', 'abc'))
print(re.sub(r'(?P<x>o)', r'[\g<x>]', 'foo'), re.sub(r'(o)', r'\g<1>\g<0>', 'fo'))
print(re.sub('', '-', 'abc'), re.sub('x*', '-', 'abxd'))
print(re.sub(r'a', r'\n\t\\', 'a'))
print(re.sub(r'A', 'b', 'aA', flags=re.I), re.sub(r'a', 'b', 'aaa', 1))
print(re.split(r'[,;]\s*', 'a, b;c,  d'), re.split(r'(,)', 'a,b,c', maxsplit=1))
print(re.split(r'x*', 'axbc'), re.split(r'\b', 'a b'), re.split(r'(a)|b', 'xaybz'))
print(re.escape('a.b*c?'), re.escape('hello world_1'), re.escape(b'a.b'))
p = re.compile(r'''
   (\d+)   # number
   \s*
   ([a-z]+) # word
''', re.VERBOSE)
print(p.findall('12 ab 3cd'), p.groups, p.groupindex, p.flags & re.VERBOSE)
q = re.compile(r'(?P<k>\w+)=(?P<v>\d+)')
print(dict(q.groupindex), q.sub(r'\g<v>=\g<k>', 'a=1 b=2'), q.pattern)
print([m.groupdict() for m in q.finditer('x=1, y=22')])
print(q.search('zz k=5', 3), q.match('k=5', 0, 2), q.fullmatch('k=5'))
for bad in [r'\g<9>', r'\g<nope>', r'\9', '\\']:
    try:
        re.sub(r'(a)', bad, 'a')
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
print(re.sub(rb'(\d)', rb'<\1>', b'a1b2'), re.findall(rb'\w+', b'hi there'))
try:
    re.sub(r'a', 'b', b'abc')
except TypeError as e:
    print(e)
try:
    re.compile(rb'a').search('a')
except TypeError as e:
    print(e)
print(re.I == re.IGNORECASE, int(re.M | re.S), re.X, re.A)
