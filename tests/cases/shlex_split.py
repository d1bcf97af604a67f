# shlex: split, quote, join
import shlex

texts = ['a b c', 'foo "bar baz" \'qu ux\'', 'a\\ b c\\"d', '"a\\"b" \'a\\\'',
         'x # comment\ny', 'a"b c"d', '', '   ', "''", '""x',
         'a&&b||c;d', 'é ß ü', 'a\tb\nc', '"\\$x \\\\ \\n"', "a'b'\"c\"",
         'x=1 y=$HOME', '(a;b)', 'a#b', '#x y', 'cmd --opt="a b" -f file.txt']
for t in texts:
    print(repr(t))
    print('  posix   ', shlex.split(t))
    print('  comments', shlex.split(t, comments=True))
    print('  classic ', shlex.split(t, posix=False))

for bad in ['"unterminated', "it's", 'trail\\']:
    for posix in (True, False):
        try:
            print(repr(bad), posix, shlex.split(bad, posix=posix))
        except ValueError as e:
            print(repr(bad), posix, 'ValueError:', e)

for s in ['', 'abc', 'a b', "it's", 'a"b', '$HOME', 'x@y%z+=:,./-', 'tab\there', 'é', '*.py', 'semi;colon']:
    q = shlex.quote(s)
    print(repr(s), q, shlex.split(q) == [s])

words = ['ls', '-l', 'my file', "it's", '', 'a"b']
line = shlex.join(words)
print(line)
print(shlex.split(line) == words)

for bad in (b'bytes', 3):
    try:
        shlex.quote(bad)
    except TypeError as e:
        print('TypeError:', e)
