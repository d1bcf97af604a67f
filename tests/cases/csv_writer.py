# csv.writer: the quoting modes, escaping, doublequote, lone empty fields,
# what counts as a number for QUOTE_NONNUMERIC, return values, errors, and
# round trips through csv.reader.
import csv, io
from decimal import Decimal
from fractions import Fraction

class Money:
    def __init__(self, cents): self.cents = cents
    def __float__(self): return self.cents / 100
    def __str__(self): return "%d.%02d" % divmod(self.cents, 100)

class Tag:
    def __str__(self): return "tag,1"

row = ['plain', 'a,b', 'say "hi"', 'two\nlines', '', None, 0, -2.5, True, 1e300,
       Decimal('1.10'), Fraction(1, 3), Money(1234), Tag(), 2j]
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    buf = io.StringIO()
    n = csv.writer(buf, quoting=quoting, lineterminator='\n').writerow(row)
    print(quoting, n, repr(buf.getvalue()))

def write(rows, **kw):
    buf = io.StringIO()
    w = csv.writer(buf, **kw)
    try:
        for r in rows:
            w.writerow(r)
    except csv.Error as e:
        print('Error:', e, end=' | ')
    print(kw, repr(buf.getvalue()))

write([['a,b', 'c"d', 'e\\f']], quoting=csv.QUOTE_NONE, escapechar='\\')
write([['x', 'a,b']], quoting=csv.QUOTE_NONE)
write([['q"q', 'e\\']], doublequote=False, escapechar='\\')
write([['q"q']], doublequote=False)
write([[''], [None], [], ['', ''], ('t', 'u'), 'xy'], lineterminator='|')
write([['']], quoting=csv.QUOTE_NONE)
write([['a;b', 'c d', "it's"]], delimiter=';', quotechar="'", lineterminator='\r')
write([['a|b', 'xEOLy', 'cr\rlf']], lineterminator='EOL')
write([['a', 'b']], dialect='unix')
write([['a', 'b']], dialect='excel-tab', quoting=csv.QUOTE_ALL)

buf = io.StringIO()
w = csv.writer(buf)
print(w.writerows([[1, 2], ['x']]), w.writerows(iter([])), repr(buf.getvalue()))
for bad in [5, None]:
    try:
        w.writerow(bad)
    except csv.Error as e:
        print('Error:', e)
try:
    csv.writer(object())
except TypeError as e:
    print('TypeError:', e)

tricky = [['', 'x'], ['"'], ['a\r\nb', ' lead', 'trail '], ['1', '1.0', 'nan'], ['\\', ',', '""']]
for kw in [{}, {'quoting': csv.QUOTE_ALL}, {'escapechar': '\\', 'doublequote': False},
           {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'}]:
    buf = io.StringIO()
    csv.writer(buf, **kw).writerows(tricky)
    back = list(csv.reader(io.StringIO(buf.getvalue(), newline=''), **kw))
    print(kw, back == tricky, back if back != tricky else '')
