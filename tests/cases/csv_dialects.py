# csv dialects: the registry, Dialect subclasses and their validation,
# keyword overrides, the checked parameters' error messages, Sniffer, and
# DictReader/DictWriter.
import csv, io

print(csv.list_dialects(), [csv.get_dialect(n).delimiter for n in csv.list_dialects()])
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL, lineterminator='\n')
csv.register_dialect('semi', 'excel', delimiter=';')
class Loose(csv.excel):
    skipinitialspace = True
    strict = True
csv.register_dialect('loose', Loose)
for name in ['pipes', 'semi', 'loose']:
    d = csv.get_dialect(name)
    print(name, repr(d.delimiter), d.quoting, repr(d.lineterminator), d.skipinitialspace, d.strict)
print(csv.get_dialect('excel') is csv.get_dialect('excel'), sorted(csv.list_dialects()))
csv.unregister_dialect('semi')
for call in [lambda: csv.get_dialect('semi'), lambda: csv.unregister_dialect('semi'),
             lambda: csv.register_dialect(3), lambda: csv.Dialect()]:
    try:
        call()
    except (csv.Error, TypeError) as e:
        print(type(e).__name__ + ':', e)
class Broken(csv.Dialect):
    delimiter = ';'
class NoQuote(csv.excel):
    quotechar = None
for cls in (Broken, NoQuote, csv.excel_tab, csv.unix_dialect):
    try:
        print(cls.__name__, cls()._valid)
    except csv.Error as e:
        print(cls.__name__, 'Error:', e)
bad = [dict(delimiter=''), dict(delimiter=None), dict(delimiter=b';'), dict(quotechar='ab'),
       dict(quotechar=7), dict(quotechar=None, quoting=csv.QUOTE_MINIMAL), dict(escapechar=''),
       dict(quoting=True), dict(quoting='1'), dict(quoting=7), dict(lineterminator=None),
       dict(lineterminator=5), dict(dialect='nope')]
for kw in bad:
    try:
        csv.writer(io.StringIO(), **kw)
        print(kw, 'accepted')
    except (TypeError, csv.Error) as e:
        print(kw, type(e).__name__ + ':', e)
d = csv.reader([], quotechar=None).dialect
print(d.quoting == csv.QUOTE_NONE, d.quotechar)
try:
    d.delimiter = ';'
except AttributeError as e:
    print('AttributeError:', e)

s = csv.Sniffer()
samples = ['id;name;score\n1;"Smith; J";3.5\n2;"Doe";4\n', "a, 'b', c\n1, '2', 3\n",
           'x|y|z\n1|2|3\n4|5|6\n7|8|9\n', 'city:pop\nRome:2873000\nOslo:709000\n',
           '"only"\n"quoted"\n', 'no delimiters here']
for sample in samples:
    try:
        dl = s.sniff(sample)
        print(repr(dl.delimiter), repr(dl.quotechar), dl.doublequote, dl.skipinitialspace,
              s.has_header(sample), list(csv.reader(io.StringIO(sample), dl))[:2])
    except csv.Error as e:
        print('Error:', e)
print(repr(s.sniff('a;b,c\n1;2,3\n', delimiters=',').delimiter))

text = 'name,qty,unit\nbolt,10,pc\n\nnut,5\nwasher,3,pc,extra,more\n'
r = csv.DictReader(io.StringIO(text), restkey='_rest', restval='?')
print(r.line_num, r.fieldnames, r.line_num)
for row in r:
    print(r.line_num, row)
out = io.StringIO()
w = csv.DictWriter(out, ['name', 'qty'], restval=0, lineterminator='\n')
w.writeheader()
w.writerows([{'name': 'a,b', 'qty': 1}, {'name': 'c'}])
try:
    w.writerow({'name': 'x', 'colour': 'red'})
except ValueError as e:
    print('ValueError:', e)
csv.DictWriter(out, ['name'], extrasaction='ignore', lineterminator='\n').writerow({'name': 'y', 'z': 1})
print(repr(out.getvalue()))
try:
    csv.DictWriter(out, ['a'], extrasaction='drop')
except ValueError as e:
    print('ValueError:', e)
