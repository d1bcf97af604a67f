# shlex: the shlex class (posix and classic modes, punctuation_chars)
import shlex

texts = ['a b c', 'x="1 2" && y=$z', 'ls -l|grep x>out', 'a # rest\nb',
         "say 'hi there' \"you\"", 'cd ..; make -j4', 'a(b)c', 'f(x, y)',
         "escape\\ me 'q\\'", 'é=1']
for t in texts:
    print(repr(t))
    for posix in (False, True):
        lex = shlex.shlex(t, posix=posix)
        print('  posix=%s' % posix, list(lex))
        lex = shlex.shlex(t, posix=posix, punctuation_chars=True)
        print('    punct', list(lex))
        lex = shlex.shlex(t, posix=posix, punctuation_chars='|')
        lex.whitespace_split = True
        print('    split', list(lex))

lex = shlex.shlex('one two three')
print(lex.get_token(), repr(lex.eof), lex.lineno, lex.error_leader('file', 9))
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()))

lex = shlex.shlex('first\nsecond\nthird', posix=True)
while True:
    tok = lex.get_token()
    if tok is None:
        break
    print(tok, lex.lineno)

lex = shlex.shlex('a b', posix=True)
lex.push_source('x y')
print(list(lex))

lex = shlex.shlex('key:value,other:thing')
lex.wordchars += ':'
print(list(lex))
lex = shlex.shlex('a.b-c d', posix=True)
lex.whitespace = ' .'
print(list(lex))
lex = shlex.shlex("a 'b c'", posix=True)
lex.quotes = '"'
print(list(lex))

for attr in ('commenters', 'whitespace', 'quotes', 'escape', 'escapedquotes'):
    print(attr, repr(getattr(shlex.shlex(), attr)))
print(shlex.shlex().wordchars)
print(shlex.shlex(posix=True).wordchars[-20:])
print(shlex.shlex(punctuation_chars=True).wordchars)
print(repr(shlex.shlex(punctuation_chars=True).punctuation_chars))
print(repr(shlex.shlex(punctuation_chars='~').wordchars[-6:]))
