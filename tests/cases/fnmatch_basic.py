# fnmatch: fnmatch, fnmatchcase, filter, translate
import fnmatch

names = ['', 'a', 'b', 'abc', 'x.py', 'aXbYc', ']', '-', 'z', 'd', 'f', '.',
         'x-', 'xb', '\\', '&', '^', '[x', '[', 'ab', 'a.b', 'a b', 'foo1',
         'foo.', 'aab', 'ba', 'data_12.csv', 'data_1x.csv', '!', 'A', 'ABC']
patterns = ['*', '?', '[a-c]*', '[!a-c]?', '*.py', 'a*b*c', '[]a]', '[!]a]',
            '[a-]', '[!z-a]', '[z-a]', '[a-c-e]', 'x[!-a]', '[\\]', '[a&&b]',
            '[^a]', '[[x]', '[', 'a[', '[!]', '[]', '**a**', 'a.b', 'a b',
            '[a-z0-9_]*[!.]', '[!a-]*', 'a*?b', '*a*b', '[--0]', '[---]',
            'data_[0-9][0-9].csv', 'A*', '*[A-C]']
for pat in patterns:
    row = ''.join('1' if fnmatch.fnmatchcase(n, pat) else '.' for n in names)
    print('%-22r %s  %s' % (pat, row, fnmatch.translate(pat)))

print(fnmatch.fnmatch('README.TXT', '*.txt'), fnmatch.fnmatch('readme.txt', '*.txt'))
print(fnmatch.fnmatchcase('Makefile', 'M*e'), fnmatch.fnmatchcase('makefile', 'M*e'))
print(fnmatch.filter(['a.py', 'b.txt', 'c.py', '.hidden.py', 'py'], '*.py'))
print(fnmatch.filter(names, '[!a-z]'))
print(fnmatch.filter(['x\ny', 'xy'], 'x*y'))
print(fnmatch.fnmatch(b'abc.txt', b'*.txt'), fnmatch.filter([b'x.py', b'y.c'], b'*.py'))
print(fnmatch.translate('*.txt'), fnmatch.translate('?*?'), fnmatch.translate('a*b*c*'))
print(fnmatch.translate('foo(bar)+{x}|$^.#~& z'))

for bad in [(b'a', 'a'), ('a', b'a'), ('a', 1)]:
    try:
        fnmatch.fnmatchcase(*bad)
    except TypeError as e:
        print('TypeError:', e)

# long names and many stars stay fast
print(fnmatch.fnmatchcase('a' * 200 + 'b', '*a*a*a*a*a*a*a*a*c'))
print(fnmatch.fnmatchcase('ab' * 100, '*b*b*b*ab'))
