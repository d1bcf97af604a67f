# csv.reader: the parsing state machine on tricky input, line_num, strict
# mode, escapes, QUOTE_NONNUMERIC/QUOTE_NONE, field_size_limit and errors
# (after an error the reader goes on with the next line).
import csv, io

def show(lines, **kw):
    r = csv.reader(lines, **kw)
    out = []
    while True:
        try:
            row = next(r)
        except StopIteration:
            break
        except (csv.Error, ValueError) as e:
            row = f"{type(e).__name__}: {e}"
        out.append((r.line_num, row))
    print(kw, out)

show(io.StringIO('a,b\r\n"c\r\nd",e\r\n\r\n"",x\n', newline=''))
show(['"a""b",c', '"open', 'still"x,y', 'z'])
show(['"open', 'still"x,y', 'z'], strict=True)
show(['"never closed'], strict=True)
show(['"never closed', 'more'])
show(['a\\,b,c\\', 'next line', 'q"\\"r'], escapechar='\\')
show(['"a\\"b",c', '"x\\'], escapechar='\\', doublequote=False)
show(['x, "y z", \'w\''], skipinitialspace=True, quotechar="'")
show(['1,"2",3.5,,abc', '-1e3, 7'], quoting=csv.QUOTE_NONNUMERIC)
show(['"a",b"c'], quoting=csv.QUOTE_NONE)
show(['a;b;;c', ''], delimiter=';')
show(['a\tb', 'c\td'], dialect='excel-tab')
show(['a\rb', 'ok\n', 'c\r\n'])
show(['a\x00b,c'])
show([b'bytes', 'text'])
old = csv.field_size_limit(4)
show(['abcd,abcde', '"ab\ncd"', 'ok'])
print(csv.field_size_limit(), csv.field_size_limit(old), csv.field_size_limit() == old)
r = csv.reader(['a,b'], delimiter=':', quotechar="'", lineterminator='\n')
d = r.dialect
print(d.delimiter, d.quotechar, repr(d.lineterminator), d.quoting, d.doublequote, d.escapechar, d.strict)
for attr, value in [('line_num', 5), ('dialect', None)]:
    try:
        setattr(r, attr, value)
    except AttributeError as e:
        print('AttributeError:', e)
print(list(csv.reader([])), list(csv.reader(['', ''])), list(csv.reader('ab')))
for bad in [lambda: csv.reader(5), lambda: csv.reader(), lambda: csv.reader([], 'excel', 'x'),
            lambda: csv.reader([], bogus=1), lambda: next(csv.reader([1]))]:
    try:
        bad()
    except (TypeError, csv.Error) as e:
        print(type(e).__name__ + ':', e)
