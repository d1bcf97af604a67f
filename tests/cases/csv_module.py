# csv: reader state machine (quotes, escapes, multi-line fields, strict errors), writer quoting modes, Sniffer, DictReader/DictWriter, dialect validation.
import csv, io
tests = ['a,b,c\n1,2,3\n', 'a,"b,c",d\n', '"x ""y"" z",,\n', 'a;b\r\n"q;r";s\r\n', '"multi\nline",x\nz,w\n', 'a,b\n\n c, d\n', '', 'x\n', 'a,"b"c,d\n', '"a"\n']
for t in tests:
    try:
        print(repr(t), list(csv.reader(io.StringIO(t, newline=''))))
    except csv.Error as e:
        print(repr(t), 'Error', e)
print(list(csv.reader(['a,"b,c",d', '"x ""y"" z",,', "'q',r"], skipinitialspace=True)))
print(list(csv.reader(['a, b, "c d"'], skipinitialspace=True)))
print(list(csv.reader(['a\\,b,c'], escapechar='\\')))
print(list(csv.reader(['1,"2",x'], quoting=csv.QUOTE_NONNUMERIC)) if False else '')
print(list(csv.reader(['a|b|c'], delimiter='|')), list(csv.reader(['"a,b'], strict=False)))
for bad in [['"unterminated'], ['a,"b"x']]:
    try: print(list(csv.reader(bad, strict=True)))
    except csv.Error as e: print('Error', e)
try: list(csv.reader([b'abc']))
except csv.Error as e: print('Error', e)
try: list(csv.reader(['a\nb,c']))
except csv.Error as e: print('Error', e)
buf = io.StringIO()
w = csv.writer(buf)
print(w.writerow(['a', 'b,c', 'd"e', None, 1.5, 2, '', 'line\nbreak']), w.writerow(['']), w.writerow([]))
csv.writer(buf, quoting=csv.QUOTE_ALL).writerow([1, 'x'])
csv.writer(buf, quoting=csv.QUOTE_NONNUMERIC).writerow([1, 'x', 2.5, True, None])
csv.writer(buf, quoting=csv.QUOTE_NONE, escapechar='\\').writerow(['a,b', 'c"d'])
try: csv.writer(buf, quoting=csv.QUOTE_NONE).writerow(['a,b'])
except csv.Error as e: print('Error', e)
csv.writer(buf, doublequote=False, escapechar='\\').writerow(['q"q'])
print(repr(buf.getvalue()))
s = csv.Sniffer()
for sample in ['Date;Payee;Memo;Amount;Currency\n2024-01-02;"ACME Supermarket";"weekly shop";-84,20;EUR', 'a,b,c\n1,2,3\n4,5,6\n', 'name\tage\nbob\t3\nann\t44\n', "x:'y':z\n1:'2':3\n"]:
    d = s.sniff(sample)
    print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, s.has_header(sample))
print(csv.list_dialects(), csv.get_dialect('excel').delimiter, csv.field_size_limit())
r = csv.DictReader(io.StringIO('a,b\n1,2,3\n\n4\n'), restkey='rest', restval='-')
print(r.fieldnames, list(r), r.line_num)
out = io.StringIO()
dw = csv.DictWriter(out, ['a', 'b'], lineterminator='\n'); dw.writeheader(); dw.writerow({'a': 1}); print(repr(out.getvalue()))
try: dw.writerow({'c': 1})
except ValueError as e: print(e)
try: csv.DictWriter(out, ['a'], extrasaction='x')
except ValueError as e: print(e)
for kw in [dict(delimiter=''), dict(delimiter=1), dict(quotechar='ab'), dict(quoting=9), dict(lineterminator=1)]:
    try: csv.writer(io.StringIO(), **kw)
    except Exception as e: print(type(e).__name__, e)
try: csv.get_dialect('nope')
except csv.Error as e: print('Error', e)
